// `npm start`: installs what is missing, builds, and launches the desktop app. Where Electron's
// binary is not installed and cannot be downloaded (machines without internet access), it says so
// in one line and serves the same renderer to a browser instead. `npm run web` (--web) always
// serves to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDeps } from './ensure-deps.mjs';
import { npm, run } from './run.mjs';

ensureDeps();
run('Building Seogi', npm, ['run', '--silent', 'build']);

const webOnly = process.argv.includes('--web');

/** Resolves Electron's binary; `require('electron')` downloads it on first use when it can. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  return binary && existsSync(binary) ? binary : null;
}

/** @param {string} reason */
async function serveInBrowser(reason) {
  const { serve } = await import('./serve.mjs');
  const preferred = Number(process.env.PORT ?? 5178);
  let server;
  for (const port of [preferred, preferred + 1, preferred + 2, 0]) {
    try {
      server = await serve({ root: 'dist/renderer', port });
      break;
    } catch {
      // Port taken: try the next one.
    }
  }
  if (!server) throw new Error('Could not open a local port for the web server.');
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : preferred}`;
  console.log(
    reason
      ? `${reason} Serving Seogi at ${url} instead (Ctrl+C to stop).`
      : `Seogi is served at ${url} (Ctrl+C to stop).`,
  );
}

const binary = webOnly ? null : electronBinary();
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await serveInBrowser(
    webOnly ? '' : "Electron's binary is not installed and could not be downloaded on this machine.",
  );
}
