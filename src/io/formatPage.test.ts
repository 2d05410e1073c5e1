/**
 * The format page the README links to lives in this repository and documents
 * every field the viewer writes, so that someone cloning the project can read
 * what an exported file holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportAssessmentJson } from './assessmentFile';
import { caliper, sampleAssessment, sampleMeasurements } from './testing/fixtures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FORMAT_PAGE = 'src/core/assessment/FORMAT.md';

/** Every object key in a JSON value, at any depth (keys of id-keyed maps excluded by the caller). */
function keysOf(value: unknown, skipChildrenOf: ReadonlySet<string>, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, skipChildrenOf, into));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      // Timepoint ids and alignment keys are data, not field names: look one level further down.
      if (skipChildrenOf.has(key) && child && typeof child === 'object') Object.values(child).forEach((v) => keysOf(v, skipChildrenOf, into));
      else keysOf(child, skipChildrenOf, into);
    }
  }
  return into;
}

describe('assessment format page', () => {
  it('is in the repository, and the README links to it rather than to a page outside it', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(readme).toContain(`(${FORMAT_PAGE})`);
    expect(existsSync(resolve(root, FORMAT_PAGE))).toBe(true);
    expect(readme).not.toContain('assessment-format.md');
  });

  it('documents every field of an exported file with calipers, excluded findings, alignments and the treatment course', () => {
    const page = readFileSync(resolve(root, FORMAT_PAGE), 'utf8');
    const assessment = sampleAssessment();
    // Fields the fixture invents to test forward compatibility are not the viewer's.
    const invented = new Set(['reader', 'note', 'customLesionField', 'a', 'futureTopLevel']);
    // A finding of a study the reader left out is written under excludedFindings.
    assessment.lesions[0]!.findings.CBCT = { status: 'measured' };
    assessment.alignments = {
      'x|y': {
        a: { seriesInstanceUid: 'x', frameOfReferenceUid: '1' },
        b: { seriesInstanceUid: 'y' },
        offsetMm: [0, 0, 1],
        method: 'landmarks',
        landmarks: [{ aMm: [0, 0, 0], bMm: [0, 0, 1] }],
      },
    };
    assessment.treatments = [{ date: '2026-01-20', type: 'systemic', drug: 'lenvatinib', lesionIds: ['T1'], note: 'x' }];
    assessment.markers = [{ marker: 'AFP', date: '2026-01-12', value: 12, unit: 'ng/mL' }];
    assessment.lesions[0]!.findings.FU1 = { ...assessment.lesions[0]!.findings.FU1, lrTr: { category: 'viable', version: 'v2018', features: [] } };
    const measurements = {
      ...sampleMeasurements(),
      easl: { ...caliper('easl', 'T1', 'FU1', 20, { kind: 'viable-bidirectional', phase: 'portal-venous' }), phaseConfirmed: true },
    };
    const written = JSON.parse(exportAssessmentJson({ assessment, measurements }));
    const keys = keysOf(written, new Set(['findings', 'excludedFindings', 'alignments']));
    const undocumented = [...keys].filter((key) => !invented.has(key) && !new RegExp(`[\`{ ]${key}[?\`,}]`).test(page));
    expect(keys).toContain('phaseConfirmed');
    expect(keys).toContain('excludedFindings');
    expect([...keys].filter((k) => ['treatments', 'markers', 'lrTr', 'lesionIds', 'features', 'drug', 'unit'].includes(k))).toHaveLength(7);
    expect(undocumented).toEqual([]);
  });
});
