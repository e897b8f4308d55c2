/**
 * The layers of the renderer are a lint rule (eslint.config.js); these cases prove the rule
 * refuses an import that runs up a layer or across features, and lets the allowed ones through,
 * so a mistake in its patterns cannot silently turn it off.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the whole ESLint configuration: seconds on a busy machine, hence the timeout.
describe('renderer layers', { timeout: 30_000 }, () => {
  it.each([
    ['renderer/components/X.tsx', "import { x } from '../data/meetings';"],
    ['renderer/components/X.tsx', "import { x } from '../features/live/LivePage';"],
    ['renderer/components/X.tsx', "import { x } from '../host';"],
    ['renderer/hooks/x.ts', "import { x } from '../components/Field';"],
    ['renderer/hooks/x.ts', "import { x } from '../widgets/ExportDialog';"],
    ['renderer/domain/x.ts', "import { x } from '../data/db';"],
    ['renderer/domain/x.ts', "import { x } from '../../electron/shared/ipc';"],
    ['renderer/data/x.ts', "import { x } from '../hooks/router';"],
    ['renderer/export/docx/x.ts', "import { x } from '../../data/record';"],
    ['renderer/widgets/X.tsx', "import { x } from '../features/live/LivePage';"],
    ['renderer/features/live/X.tsx', "import { x } from '../prepare/MeetingPage';"],
    ['renderer/features/live/X.tsx', "import { x } from '../../app/App';"],
    ['renderer/features/live/X.tsx', "import { x } from 'dexie';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['renderer/features/live/X.tsx', "import { x } from './recorder';"],
    ['renderer/features/live/X.tsx', "import { x } from '../../widgets/ExportDialog';"],
    ['renderer/features/live/X.tsx', "import { x } from '../../data/hooks';"],
    ['renderer/widgets/X.tsx', "import { x } from '../data/record';"],
    ['renderer/components/X.tsx', "import { x } from '../hooks/router';"],
    ['renderer/data/x.ts', "import { x } from 'dexie';"],
    ['renderer/data/x.ts', "import { x } from '../../electron/shared/ipc';"],
    ['renderer/domain/x.ts', "import { x } from './model';"],
    ['renderer/app/X.tsx', "import { x } from '../features/live/LivePage';"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
