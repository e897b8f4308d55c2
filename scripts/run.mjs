// Runs a command of the project (an npm script or a binary) and stops the calling script when it
// fails, with the failing step named.
import { spawnSync } from 'node:child_process';

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
export function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
