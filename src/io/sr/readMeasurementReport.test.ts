import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caliper, sampleAssessment } from '../testing/fixtures';
import { readMeasurementReport } from './readMeasurementReport';
import { writeMeasurementReport } from './writeMeasurementReport';

const CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2';

describe('readMeasurementReport', () => {
  it("reads back what Viable wrote: lesions with their details and finding, calipers with their choices on their images", async () => {
    const assessment = sampleAssessment();
    assessment.lesions[0]!.findings.BL = { status: 'measured', longestDiameterMm: 31 };
    const measurements = [
      { ...caliper('a', 'T1', 'BL', 20, { sop: '1.2.3.1.5.1', phase: 'portal-venous' }), fragment: true, phaseConfirmed: true },
      { ...caliper('b', 'T1', 'BL', 10, { sop: '1.2.3.1.5.2', kind: 'viable-bidirectional' }), image: { ...caliper('b', 'T1', 'BL', 1).image, sopInstanceUid: '1.2.3.1.5.2', frameIndex: 3 } },
    ];
    const { bytes } = await writeMeasurementReport({
      assessment,
      measurements,
      evaluation: null,
      timepointId: 'BL',
      imagePoints: {
        a: { sopClassUid: CT_IMAGE, pointsPx: [[10.5, 20.25], [30, 40]] },
        b: { sopClassUid: CT_IMAGE, pointsPx: [[1, 2], [3, 4], [5, 6], [7, 8]] },
      },
      createdAt: new Date('2026-05-01T10:00:00Z'),
    });
    const reading = readMeasurementReport(bytes)!;
    expect(reading.studyInstanceUid).toBe('1.2.3.1');
    expect(reading.studyDate).toBe('2026-01-12');
    expect(reading.patientId).toBe('VIABLE-001');
    expect(reading.lesions.map((l) => [l.id, l.role, l.organ, l.location])).toEqual([
      ['T1', 'target', 'liver', 'VII'],
      ['NT1', 'non-target', 'liver', undefined],
    ]);
    expect(reading.lesions[0]!.finding).toEqual({ status: 'measured', longestDiameterMm: 31 });
    expect(reading.lesions[1]!.finding).toEqual({ status: 'present' });
    expect(reading.calipers).toEqual([
      { id: 'a', lesionId: 'T1', kind: 'viable', sopInstanceUid: '1.2.3.1.5.1', frameIndex: 0, pointsPx: [[10.5, 20.25], [30, 40]], phase: 'portal-venous', calibrated: true, fragment: true, phaseConfirmed: true },
      { id: 'b', lesionId: 'T1', kind: 'viable-bidirectional', sopInstanceUid: '1.2.3.1.5.2', frameIndex: 3, pointsPx: [[1, 2], [3, 4], [5, 6], [7, 8]], phase: 'arterial', calibrated: true },
    ]);
  });

  it('writes the length of a caliper on an image without pixel spacing in pixels, and reads it back as uncalibrated', async () => {
    const uncalibrated = caliper('u', 'T1', 'BL', 25, { sop: '1.2.3.1.5.9', calibrated: false });
    const { bytes } = await writeMeasurementReport({
      assessment: sampleAssessment(),
      measurements: [uncalibrated],
      evaluation: null,
      timepointId: 'BL',
      imagePoints: { u: { sopClassUid: CT_IMAGE, pointsPx: [[0, 0], [25, 0]] } },
      createdAt: new Date('2026-05-01T10:00:00Z'),
    });
    expect(new TextDecoder('latin1').decode(bytes)).toContain('{pixels}');
    expect(readMeasurementReport(bytes)!.calipers[0]!.calibrated).toBe(false);
  });

  it('reads a Chinese lesion location back as written (UTF-8 inside the content sequence), as DCMTK reads the file', async () => {
    const assessment = sampleAssessment();
    const location = '肝右叶 VII 段，近膈顶（碘油沉积旁）';
    assessment.lesions[0]!.location = location;
    const { bytes } = await writeMeasurementReport({
      assessment,
      measurements: [caliper('a', 'T1', 'BL', 20, { sop: '1.2.3.1.5.1' })],
      evaluation: null,
      timepointId: 'BL',
      imagePoints: { a: { sopClassUid: CT_IMAGE, pointsPx: [[1, 2], [3, 4]] } },
      createdAt: new Date('2026-05-01T10:00:00Z'),
    });
    expect(readMeasurementReport(bytes)!.lesions[0]!.location).toBe(location);
    const dir = mkdtempSync(path.join(tmpdir(), 'viable-sr-zh-'));
    try {
      const file = path.join(dir, 'zh.dcm');
      writeFileSync(file, new Uint8Array(bytes));
      expect(execFileSync('dcmdump', ['+U8', file], { encoding: 'utf8' })).toContain(`[${location}]`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns undefined for bytes that are not a TID 1500 SR', () => {
    expect(readMeasurementReport(new TextEncoder().encode('not DICOM at all').buffer)).toBeUndefined();
  });
});
