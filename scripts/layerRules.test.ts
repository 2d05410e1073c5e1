import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer table of ARCHITECTURE.md is enforced by eslint.config.js; these cases
// prove that a wrong import fails `npm run lint` and a right one does not.
const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src/core/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['src/core/x.ts', "import { RenderingEngine } from '@cornerstonejs/core';\nexport const a = RenderingEngine;\n"],
    ['src/core/x.ts', "import { create } from 'zustand';\nexport const a = create;\n"],
    ['src/core/x.ts', "import { buildIndex } from '../dicom';\nexport const a = buildIndex;\n"],
    ['src/core/x.ts', 'export const a = () => fetch("/x");\n'],
    ['src/dicom/x.ts', "import { cache } from '@cornerstonejs/core';\nexport const a = cache;\n"],
    ['src/viewer/x.ts', "import { createAppStore } from '../store';\nexport const a = createAppStore;\n"],
    ['src/store/x.ts', "import { cache } from '@cornerstonejs/core';\nexport const a = cache;\n"],
    ['src/io/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['src/ui/x.ts', "import { registerFile } from '../viewer';\nexport const a = registerFile;\n"],
    ['src/actions/x.ts', "import { App } from '../ui/App';\nexport const a = App;\n"],
    ['src/core/x.ts', "import { en } from '../text';\nexport const a = en;\n"],
    ['src/text/x.ts', "import { createAppStore } from '../store';\nexport const a = createAppStore;\n"],
  ])('%s refuses: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/core/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['src/ui/viewport/x.ts', "import { registerFile } from '../../viewer';\nexport const a = registerFile;\n"],
    ['src/viewer/x.ts', "import { buildIndex } from '../dicom';\nexport const a = buildIndex;\n"],
    ['src/store/x.ts', "import { createStore } from 'zustand/vanilla';\nexport const a = createStore;\n"],
    ['src/text/x.ts', "import { message } from '../core';\nexport const a = message;\n"],
    ['src/core/x.test.ts', "import { en } from '../text';\nexport const a = en;\n"],
    ['src/ui/x.ts', "import { messageText } from '../text';\nexport const a = messageText;\n"],
  ])('%s allows: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
