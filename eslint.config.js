// Layer boundaries of ARCHITECTURE.md, enforced so that a wrong import fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

const CORNERSTONE = ['@cornerstonejs/*'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'react/*'];
const ZUSTAND = ['zustand', 'zustand/*'];
const CORE_FORBIDDEN_PACKAGES = [...CORNERSTONE, ...REACT, ...ZUSTAND, 'dicom-parser', 'dcmjs', 'idb', 'comlink'];
const CORE_FORBIDDEN_LAYERS = ['dicom', 'viewer', 'store', 'io', 'actions', 'ui', 'app', 'workers'];

/** A `no-restricted-imports` rule forbidding the given package patterns and `src/` layers. */
function forbid({ packages = [], layers = [], message }) {
  const patterns = [];
  if (packages.length) patterns.push({ group: packages, message });
  for (const layer of layers) {
    patterns.push({
      group: [`**/${layer}`, `**/${layer}/**`, `@/${layer}`, `@/${layer}/**`],
      message: `${message} (layer '${layer}')`,
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-data/generated/**', 'bench-results/**', 'e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: forbid({
      packages: CORE_FORBIDDEN_PACKAGES,
      layers: [...CORE_FORBIDDEN_LAYERS, 'text'],
      message: 'core/ is pure domain code: no React, zustand, Cornerstone, DICOM parsing, words or other layers',
    }),
  },
  {
    // Tests of core may put its messages in words (text/) to check the sentences a reader sees.
    files: ['src/core/**/*.test.ts'],
    rules: forbid({
      packages: CORE_FORBIDDEN_PACKAGES,
      layers: CORE_FORBIDDEN_LAYERS,
      message: 'core/ is pure domain code: no React, zustand, Cornerstone, DICOM parsing or other layers',
    }),
  },
  {
    files: ['src/text/**'],
    rules: forbid({
      packages: [...CORNERSTONE, ...REACT, ...ZUSTAND, 'dicom-parser', 'dcmjs', 'idb', 'comlink'],
      layers: ['dicom', 'viewer', 'store', 'io', 'actions', 'ui', 'app', 'workers'],
      message: 'text/ puts core messages in words; it may use core only',
    }),
  },
  {
    files: ['src/core/**'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'Worker', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/dicom/**'],
    rules: forbid({
      packages: [...CORNERSTONE, ...REACT, ...ZUSTAND],
      layers: ['viewer', 'store', 'io', 'actions', 'ui', 'app'],
      message: 'dicom/ parses and indexes DICOM; it may not use React, zustand or Cornerstone',
    }),
  },
  {
    files: ['src/viewer/**'],
    rules: forbid({
      packages: [...REACT, ...ZUSTAND],
      layers: ['store', 'ui', 'app', 'actions'],
      message: 'viewer/ wraps Cornerstone only; it may not use React, zustand, the store or the UI',
    }),
  },
  {
    files: ['src/store/**'],
    rules: forbid({
      packages: [...CORNERSTONE, ...REACT, 'zustand/react', 'zustand/react/*'],
      layers: ['viewer', 'ui', 'app', 'actions', 'io'],
      message: 'store/ holds serializable state built with zustand/vanilla; no Cornerstone or UI',
    }),
  },
  {
    files: ['src/io/**'],
    rules: forbid({
      packages: [...CORNERSTONE, ...REACT, ...ZUSTAND],
      layers: ['viewer', 'store', 'ui', 'app', 'actions'],
      message: 'io/ converts formats; no React or Cornerstone',
    }),
  },
  {
    files: ['src/actions/**'],
    rules: forbid({
      packages: [...REACT],
      layers: ['ui', 'app'],
      message: 'actions/ are use cases; they may not import the UI',
    }),
  },
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/viewport/**'],
    rules: forbid({
      packages: [...CORNERSTONE],
      layers: ['viewer', 'app', 'workers'],
      message: 'only ui/viewport/ may touch the viewer layer; other UI goes through store and actions',
    }),
  },
  {
    files: ['src/ui/viewport/**'],
    rules: forbid({
      layers: ['app', 'workers'],
      message: 'ui/viewport/ may use viewer/, but not the composition root or workers',
    }),
  },
  {
    // Every word a reader sees comes from a catalogue (src/text/catalogues): literal text in JSX, or in
    // the attributes a reader or a screen reader sees, fails lint (and scripts/uiStrings.test.ts).
    files: ['src/ui/**/*.tsx'],
    ignores: ['src/ui/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label'] },
          // Symbols, units and abbreviations that are the same in every language.
          words: { exclude: ['[0-9!-/:-@[-`{-~×·…–—→←↑↓⟂Ø±°²³µ ]*(mm|mm²|px|HU|ms|cm|mAU/mL|ng/mL)?', '[A-Z0-9_/+-]+', /^\p{Emoji}+$/u] },
          callees: { exclude: ['t', 'require', 'addEventListener', 'removeEventListener', 'postMessage', 'getElementById', 'includes', 'indexOf', 'endsWith', 'startsWith', 'replace'] },
        },
      ],
    },
  },
  {
    files: ['src/workers/**'],
    rules: forbid({
      packages: [...CORNERSTONE, ...REACT, ...ZUSTAND],
      layers: ['viewer', 'store', 'ui', 'app', 'actions', 'io'],
      message: 'workers/ are thin wrappers around dicom/ functions',
    }),
  },
);
