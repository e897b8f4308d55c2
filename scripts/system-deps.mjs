// The Debian packages the tests need. As root they are installed (apt-get); otherwise the exact
// command to run is printed and the tests stop.
import { spawnSync } from 'node:child_process';

/** Package groups, each installed with its own apt-get options. */
export const SYSTEM_PACKAGES = [
  // End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
  { packages: ['chromium'], options: [] },
  // Exported minutes are opened by LibreOffice and read back from PDF; Nanum fonts render Hangul.
  { packages: ['libreoffice-writer-nogui', 'fonts-nanum', 'poppler-utils'], options: ['--no-install-recommends'] },
];

/** @param {string} name */
function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function ensureSystemPackages(groups = SYSTEM_PACKAGES) {
  if (process.platform !== 'linux' || spawnSync('dpkg-query', ['--version']).status !== 0) {
    console.log(
      'Not a Debian system: make sure Chromium, LibreOffice Writer, Nanum fonts and poppler-utils are installed.',
    );
    return;
  }
  const missing = groups
    .map((group) => ({ ...group, packages: group.packages.filter((name) => !isInstalled(name)) }))
    .filter((group) => group.packages.length > 0);
  if (missing.length === 0) return;
  const lines = missing.map((group) => ['apt-get', 'install', '-y', ...group.options, ...group.packages]);
  if (process.getuid?.() !== 0) {
    console.error('The tests need Debian packages that are not installed. Run, as root:');
    console.error('  apt-get update');
    for (const line of lines) console.error(`  ${line.join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`Installing Debian packages: ${missing.flatMap((group) => group.packages).join(' ')}`);
  const commands = [['update', '-qq'], ...lines.map((line) => ['install', '-qq', ...line.slice(2)])];
  for (const args of commands) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`Failed: apt-get ${args.join(' ')}`);
      process.exit(result.status ?? 1);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemPackages();
