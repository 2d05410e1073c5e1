import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, inject, it } from 'vitest';

// A page holds its scripts' source in memory for as long as it lives, byte for byte,
// beside the images (issue 11: memory ≈ one copy of the pixels). Code the page never
// runs must not be in the script that index.html loads. The markers are names the
// minifier keeps (class names and asset names in strings).

/** The scripts index.html loads at start, as built. */
function startScripts(): string[] {
  const distDir = inject('distDir');
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((match) => match[1]!);
  expect(sources.length).toBeGreaterThan(0);
  return sources.map((source) => readFileSync(path.join(distDir, source), 'utf8'));
}

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);

/** Characters of `script` outside every function: the code V8 compiles as the script's own top-level function. */
function topLevelCodeChars(script: string): number {
  let inFunctions = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const { type, start, end } = node as { type?: unknown; start: number; end: number };
    if (typeof type === 'string' && FUNCTIONS.has(type)) {
      inFunctions += end - start;
      return;
    }
    Object.values(node).forEach(walk);
  };
  walk(parseSync('index.js', script).program);
  return script.length - inFunctions;
}

describe("the page's own script", () => {
  it("runs each module's start-up in a function of its own (strictExecutionOrder), not in one top-level function", () => {
    // V8 keeps the machine code of a script's top-level function for the life of the
    // page: with the bundle's 775 kB of start-up statements in it, that was 1.5 MB.
    for (const script of startScripts()) expect(topLevelCodeChars(script)).toBeLessThan(100_000);
  });

  it('is ASCII only, so that Chromium keeps its source one byte per character (the Chinese catalogue made it two)', () => {
    for (const script of startScripts()) expect([...script].find((character) => character.charCodeAt(0) > 0x7f)).toBeUndefined();
  });

  it('holds no WebGPU backend (Cornerstone renders with WebGL or on the CPU)', () => {
    for (const script of startScripts()) expect(script.includes('vtkWebGPURenderWindow')).toBe(false);
  });

  it('holds no image decoder or codec: decoding runs in the workers, which bundle their own', () => {
    for (const script of startScripts()) {
      for (const codec of ['charlswasm_decode', 'openjpegwasm_decode', 'libjpegturbowasm_decode', 'openjphjs', 'jpegxlwasm_decode']) {
        expect(script.includes(codec), codec).toBe(false);
      }
    }
  });

  it("holds no VTP mesh reader (vtk.js's XML reader and its DOM): Viable loads no geometry", () => {
    for (const script of startScripts()) expect(script.includes('vtkXMLPolyDataReader')).toBe(false);
  });

  it("holds dcmjs's dictionary but not the rest of dcmjs (its default export) nor its private tag dictionary", () => {
    for (const script of startScripts()) {
      // The anonymizer's member name stands for the default export, which lists it.
      expect(script.includes('getTagsNameToEmpty'), 'dcmjs default export').toBe(false);
      expect(script.includes('GEMS_IDEN_01'), 'private tag dictionary').toBe(false);
    }
    expect(startScripts().some((script) => script.includes('PixelSpacing')), 'public dictionary').toBe(true);
  });
});
