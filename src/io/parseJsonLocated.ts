import { problemAt, type AssessmentProblem } from '../core';

/** JSON.parse with the syntax error located by line and column (1-based), as a `notJsonAt` problem at the root. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: AssessmentProblem };

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, Math.min(offset, text.length))).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Offset of the first JSON syntax error, found by a small scanner: engines word
 * JSON.parse errors differently and some give no position at all.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) fail();
    i = pattern.lastIndex;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          match(STRING);
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '"') return match(STRING);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    match(NUMBER);
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
  return text.length;
}

/** Parses JSON text, dropping a byte-order mark (editors on Windows write one). */
export function parseJsonLocated(text: string): JsonParseResult {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = lineColumnAt(source, jsonErrorOffset(source));
    return { ok: false, problem: problemAt([], 'notJsonAt', { line, column, detail }) };
  }
}
