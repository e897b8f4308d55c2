// `npm run bench [name…]`: builds the renderer, bundles each benchmark under bench/ (TypeScript)
// with esbuild and runs it. Benchmarks print their figures; they are not tests and never fail on
// a number.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';
import { npm, run } from './run.mjs';

ensureDeps();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const all = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const names = wanted.length > 0 ? wanted : all;
const unknown = names.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) run('Building the renderer', npm, ['run', '--silent', 'build']);

for (const name of names) {
  const outfile = path.resolve('dist/bench', `${name}.mjs`);
  await build({
    entryPoints: [`bench/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n=== ${name} ===`);
  const bench = await import(pathToFileURL(outfile).href);
  await bench.main();
}
