// `npm test`: everything a change must pass, in order: dependencies, type check, lint, unit tests,
// build, end-to-end tests. Stops at the first failure and exits non-zero.
import { ensureDeps } from './ensure-deps.mjs';
import { npm, run } from './run.mjs';
import { ensureOwpmlCheck } from './owpml.mjs';
import { ensureSystemPackages } from './system-deps.mjs';

ensureDeps();
ensureSystemPackages();
ensureOwpmlCheck();
run('Type check', npm, ['run', '--silent', 'typecheck']);
run('Lint', npm, ['run', '--silent', 'lint']);
run('Unit tests', npm, ['run', '--silent', 'test:unit']);
run('End-to-end tests', npm, ['run', '--silent', 'test:e2e']);
// The live and export specs once more, five times each (on the build just made): a race that
// fails one run in ten fails here, before it can fail a later change.
run('End-to-end repeats', npm, ['run', '--silent', 'test:e2e:repeat']);
console.log('\n✔ All tests passed.');
