import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Every word the UI shows comes from a catalogue: eslint.config.js fails on literal text
// in JSX and in the attributes a reader sees (title, aria-label, placeholder, label, alt).
const eslint = new ESLint();
const RULE = 'i18next/no-literal-string';

describe('UI strings', () => {
  // Linting every component takes a minute on a loaded 2-core machine.
  it('no component shows a literal English string', { timeout: 180_000 }, async () => {
    const results = await eslint.lintFiles(['src/ui/**/*.tsx']);
    const literals = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId === RULE).map((m) => `${result.filePath.replace(/^.*\/src\//, 'src/')}:${m.line} ${m.message}`),
    );
    expect(literals).toEqual([]);
  });

  it.each([
    ['<p>Drop a folder here</p>', 'JSX text'],
    ['<button title="Close all images" />', 'a title'],
    ['<input aria-label="Search by name" />', 'an aria-label'],
  ])('refuses %s (%s)', async (jsx) => {
    const [result] = await eslint.lintText(`export const Probe = () => ${jsx};\n`, { filePath: 'src/ui/Probe.tsx' });
    expect(result?.messages.map((m) => m.ruleId)).toContain(RULE);
  });

  it.each([
    ["<p>{t('app:layout.group')}</p>", 'a catalogue key'],
    ['<span>42.0 mm</span>', 'a value with its unit'],
    ['<span data-testid="scan-progress" className="bar">×</span>', 'test ids, classes and symbols'],
  ])('allows %s (%s)', async (jsx) => {
    const [result] = await eslint.lintText(`const t = (key: string) => key;\nexport const Probe = () => ${jsx};\n`, { filePath: 'src/ui/Probe.tsx' });
    expect(result?.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
