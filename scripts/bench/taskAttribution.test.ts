import { describe, expect, it } from 'vitest';
import { attributeLongTasks, formatAttributedTasks, packageOf, type LocateFrame, type ProfileFrame } from './taskAttribution.ts';

const frame = (functionName: string, url = 'http://localhost/assets/index.js', lineNumber = 0, columnNumber = 0): ProfileFrame => ({ functionName, url, lineNumber, columnNumber });

// The "bundle" maps column 1 to our store, 2 to our index, 3 to react-dom.
const locate: LocateFrame = (f) =>
  ({ 1: { source: 'src/store/scanSlice.ts', line: 40, name: 'scanFound' }, 2: { source: 'src/dicom/growingIndex.ts', line: 88 }, 3: { source: 'node_modules/react-dom/cjs/react-dom.js', line: 9 } })[
    f.columnNumber as 1 | 2 | 3
  ];

const store = frame('a', undefined, 0, 1);
const index = frame('patientNodeOf', undefined, 0, 2);
const react = frame('r', undefined, 0, 3);
const gc = frame('(garbage collector)', '');

describe('attributeLongTasks', () => {
  it("charges each sample inside a task to the deepest frame of Viable's source on its stack, else the library, else V8's pseudo-frame", () => {
    const samples = [
      { at: 90, durationMs: 5, stack: [index] }, // before the task
      { at: 100, durationMs: 10, stack: [react, index, store] }, // library called by our index: the index's
      { at: 110, durationMs: 10, stack: [react, index] },
      { at: 120, durationMs: 5, stack: [store] },
      { at: 125, durationMs: 20, stack: [react] }, // no frame of ours: the library's
      { at: 145, durationMs: 10, stack: [gc] }, // runs past the task's end: only its part inside counts
      { at: 160, durationMs: 5, stack: [store] }, // after the task
    ];
    const [task] = attributeLongTasks([[100, 50]], samples, locate);
    expect(task).toEqual({
      start: 100,
      durationMs: 50,
      sampledMs: 50,
      contributors: [
        { owner: 'src/dicom/growingIndex.ts:88 patientNodeOf', ms: 20 },
        { owner: 'react-dom', ms: 20 },
        { owner: 'src/store/scanSlice.ts:40 scanFound', ms: 5 },
        { owner: '(garbage collector)', ms: 5 },
      ],
    });
    expect(formatAttributedTasks([task!], 40, 2)).toEqual(['  task at +60 ms, 50 ms (sampled 50): 20 ms src/dicom/growingIndex.ts:88 patientNodeOf; 20 ms react-dom']);
  });

  it('names a frame no source map knows by its script, line and function', () => {
    const [task] = attributeLongTasks([[0, 60]], [{ at: 0, durationMs: 60, stack: [frame('xy', 'http://localhost/assets/other.js', 4)] }], () => undefined);
    expect(task!.contributors).toEqual([{ owner: 'other.js:5 xy', ms: 60 }]);
  });
});

describe('packageOf', () => {
  it('keeps the scope of a scoped package', () => {
    expect(packageOf('node_modules/@cornerstonejs/core/dist/esm/index.js')).toBe('@cornerstonejs/core');
    expect(packageOf('node_modules/react-dom/cjs/x.js')).toBe('react-dom');
    expect(packageOf('src/x.ts')).toBeUndefined();
  });
});
