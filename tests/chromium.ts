/**
 * Debian's Chromium, as the end-to-end tests and the benchmarks launch it (Playwright cannot
 * download its own browser on these machines). The flags keep it quiet on a closed network and
 * let it run as root in a container.
 */
export const CHROMIUM_PATH = process.env.SEOGI_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
