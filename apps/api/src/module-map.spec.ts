import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readModuleMap, REPO_ROOT } from './test/module-map.js';

// The boundary lint of `npm test`, run on snippets placed in the repository: if the config stopped
// reading module-map.json, or the resolver stopped following `.js` → `.ts`, these would pass silently.

const map = readModuleMap();
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

/** The boundaries messages of `code` as if it were the file at `path` (relative to the repository). */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return result.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

describe('the module map lint', () => {
  it('refuses an import that points up the list (core importing evaluation)', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/core/not-a-real-file.ts',
      "import { Term } from '../modules/evaluation/evaluation.enums.js';\nexport const x = Term;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/^core may not import evaluation\. See the module map in module-map\.json/)]);
  });

  it('refuses it for a re-export and a type-only import too', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/modules/enrolment/not-a-real-file.ts',
      "export { Term } from '../evaluation/evaluation.enums.js';\nimport type { Term as T } from '../evaluation/evaluation.enums.js';\nexport type Y = T;\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.startsWith('enrolment may not import evaluation.'))).toBe(true);
  });

  it('lets a module import itself and what lies below it, and its tests the test helpers', async () => {
    const down = "import { DomainError } from '../../core/errors.js';\nimport { Enrolment } from '../enrolment/enrolment.entity.js';\nexport const x = [DomainError, Enrolment];\n";
    expect(await boundaryErrors('apps/api/src/modules/evaluation/not-a-real-file.ts', down)).toEqual([]);
    const helper = "import { viewer } from '../../test/factories.js';\nexport const x = viewer;\n";
    expect(await boundaryErrors('apps/api/src/modules/evaluation/not-a-real-file.int-spec.ts', helper)).toEqual([]);
    expect(await boundaryErrors('apps/api/src/modules/evaluation/not-a-real-file.ts', helper)).toEqual([
      expect.stringMatching(/^evaluation may not import test\./),
    ]);
  });

  it('keeps the UI kit away from data: no client, no Apollo', async () => {
    const errors = await boundaryErrors(
      'packages/ui/src/components/NotARealFile.tsx',
      "import { useViewer } from '@massar/client';\nimport { useQuery } from '@apollo/client/react';\nexport const x = [useViewer, useQuery];\n",
    );
    expect(errors).toEqual([expect.stringMatching(/^ui may not import client\./), expect.stringMatching(/^ui must not use @apollo\/client/)]);
  });

  it('keeps the client free of UI, and apps and packages apart', async () => {
    const useUi = "import { AppLayout } from '@massar/ui';\nexport const x = AppLayout;\n";
    expect(await boundaryErrors('packages/client/src/session/not-a-real-file.ts', useUi)).toEqual([
      expect.stringMatching(/^client may not import ui\./),
    ]);
    expect(await boundaryErrors('packages/client/src/shell/NotARealFile.tsx', useUi)).toEqual([]);
    expect(await boundaryErrors('apps/portal/src/NotARealFile.tsx', useUi)).toEqual([]);
    const otherApp = "import { router } from '../../backoffice/src/app/router';\nexport const x = router;\n";
    expect(await boundaryErrors('apps/portal/src/NotARealFile.tsx', otherApp)).toEqual([expect.stringMatching(/^portal may not import backoffice\./)]);
    const anApp = "import { router } from '../../../apps/portal/src/app/router';\nexport const x = router;\n";
    expect(await boundaryErrors('packages/ui/src/NotARealFile.tsx', anApp)).toEqual([expect.stringMatching(/^ui may not import portal\./)]);
  });

  it('covers every folder of the API, so that a new module cannot escape it', () => {
    const root = join(REPO_ROOT, map.api.root);
    const mapped = new Set(map.api.modules.flatMap((m) => m.paths));
    const isTest = (name: string) => /\.(int-)?spec\.ts$/.test(name);
    const entries = [
      ...readdirSync(root).filter((name) => name !== 'modules' && !isTest(name)),
      ...readdirSync(join(root, 'modules')).map((name) => `modules/${name}`),
    ];
    expect(entries.filter((entry) => !mapped.has(entry))).toEqual([]);
  });
});
