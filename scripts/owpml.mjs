// Hancom's OWPML document model as a checker of the .hwpx export (../shared/tools/owpml-check,
// beside the project). Windows-only, it is cross-built with MinGW and run under Wine: the first
// call installs about 1 GB of Debian packages (as root) and builds for about 5 minutes, into a
// cache outside the checkout, so that a fresh clone builds it once per machine, not per clone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KIT = path.resolve(ROOT, '..', 'shared', 'tools', 'owpml-check');
export const OWPML_CHECK = path.join(KIT, 'check.sh');
/** A document Hancom Office saved: the checker must pass it before it judges ours. */
const HANCOM_SAMPLE = path.resolve(ROOT, '..', 'shared', 'reference', 'hwpx', 'PageSize_Margin.hwpx');

/** Where the checker is built: $OWPML_BUILD, else the user's cache folder. */
export function owpmlBuild() {
  return process.env.OWPML_BUILD ?? path.join(os.homedir(), '.cache', 'seogi', 'owpml-build');
}

/**
 * Checks one .hwpx. `pass` is the checker's exit 0; `output` what it printed (what it rejected).
 * @param {string} file
 * @returns {{ pass: boolean; status: number | null; output: string }}
 */
export function owpmlCheck(file) {
  if (!existsSync(OWPML_CHECK)) {
    return { pass: false, status: null, output: `The Hancom model checker is not at ${OWPML_CHECK}.` };
  }
  mkdirSync(path.dirname(owpmlBuild()), { recursive: true });
  // Not verbose: its verbose listing of a long meeting is megabytes; what it rejects is printed either way.
  const result = spawnSync(OWPML_CHECK, [file], {
    encoding: 'utf8',
    env: { ...process.env, OWPML_BUILD: owpmlBuild() },
    timeout: 20 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { pass: result.status === 0, status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Builds the checker when it is not built yet, and proves it on Hancom's own document; exits on failure. */
export function ensureOwpmlCheck() {
  if (existsSync(path.join(owpmlBuild(), 'owpmlcheck.exe'))) return;
  console.log(`\n▶ Building Hancom's document model checker into ${owpmlBuild()} (once: about 1 GB and 5 minutes)`);
  const { pass, output } = owpmlCheck(HANCOM_SAMPLE);
  if (!pass) {
    console.error(`\n✖ The Hancom model checker could not be built or failed on a Hancom-saved file:\n${output}`);
    process.exit(1);
  }
}
