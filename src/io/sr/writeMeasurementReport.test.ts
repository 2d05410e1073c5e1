/* eslint-disable @typescript-eslint/no-explicit-any -- naturalized DICOM read back is untyped JSON */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dcmjs from 'dcmjs';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateWithCalipers } from '../../core';
import { catalogueFor, renderEvaluation, type Locale } from '../../text';
import { sampleAssessment, sampleMeasurements } from '../testing/fixtures';
import { writeMeasurementReport, type SrImagePoints } from './writeMeasurementReport';

const dir = mkdtempSync(path.join(tmpdir(), 'viable-sr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2';
// The fixture's image UIDs are readable names; DICOM needs digits.
const measurements = Object.values(sampleMeasurements()).map((m, i) => ({
  ...m,
  image: { ...m.image, seriesInstanceUid: `${m.image.studyInstanceUid}.5`, sopInstanceUid: `${m.image.studyInstanceUid}.5.${i + 1}` },
}));
const imagePoints: Record<string, SrImagePoints> = Object.fromEntries(
  measurements.map((m, i) => [m.id, { sopClassUid: CT_IMAGE, pointsPx: [[100.5 + i, 120.25], [140.5, 130 + i]] as Array<[number, number]> }]),
);

async function writeTimepoint(timepointId: string, locale: Locale = 'en') {
  const assessment = sampleAssessment();
  const evaluation = evaluateWithCalipers(assessment, measurements);
  const { bytes, skippedCaliperIds } = await writeMeasurementReport({
    assessment,
    measurements,
    evaluation: evaluation.ok ? renderEvaluation(evaluation.result, catalogueFor(locale)) : null,
    timepointId,
    imagePoints,
    createdAt: new Date('2026-05-01T10:20:30Z'),
  });
  const file = path.join(dir, `${timepointId}-${locale}.dcm`);
  writeFileSync(file, new Uint8Array(bytes));
  const read = dcmjs.data.DicomMessage.readFile(bytes);
  return { file, skippedCaliperIds, dataset: dcmjs.data.DicomMetaDictionary.naturalizeDataset(read.dict) as Record<string, any> };
}

const groupsOf = (dataset: Record<string, any>) =>
  (dataset.ContentSequence as any[]).find((i) => i.ConceptNameCodeSequence[0].CodeValue === '126010').ContentSequence as any[];
const itemOf = (group: any, codeValue: string) => (group.ContentSequence as any[]).find((i) => i.ConceptNameCodeSequence[0].CodeValue === codeValue);

describe('writeMeasurementReport', () => {
  it('writes a Comprehensive SR that dciodvfy passes without errors', async () => {
    const { file } = await writeTimepoint('FU1');
    const result = spawnSync('dciodvfy', [file], { encoding: 'utf8' });
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.startsWith('Error'));
    expect(errors).toEqual([]);
    expect(execFileSync('dcmdump', [file], { encoding: 'utf8' })).toContain('Imaging Measurement Report');
  });

  it('reads back with dcmjs: one group per caliper with its line on the image, lesions tracked by the same UID at every timepoint', async () => {
    const bl = await writeTimepoint('BL');
    const fu = await writeTimepoint('FU1');
    expect(bl.dataset.ContentTemplateSequence[0].TemplateIdentifier).toBe('1500');
    expect(bl.dataset.StudyInstanceUID).toBe('1.2.3.1');
    const blGroups = groupsOf(bl.dataset);
    const fuGroups = groupsOf(fu.dataset);
    const caliperGroups = blGroups.filter((g) => itemOf(g, 'caliper-id'));
    expect(caliperGroups.map((g) => itemOf(g, 'caliper-id').TextValue).sort()).toEqual(['c-bl-1', 'c-bl-2']);
    const length = itemOf(caliperGroups[0], '410668003');
    expect(length.MeasuredValueSequence[0].MeasurementUnitsCodeSequence[0].CodeValue).toBe('mm');
    const scoord = length.ContentSequence.find((i: any) => i.ValueType === 'SCOORD');
    expect(scoord.GraphicType).toBe('POLYLINE');
    expect(scoord.GraphicData).toHaveLength(4);
    expect(scoord.ContentSequence[0].ReferencedSOPSequence[0].ReferencedSOPInstanceUID).toBe(measurements.find((m) => m.id === itemOf(caliperGroups[0], 'caliper-id').TextValue)!.image.sopInstanceUid);
    const uidOf = (groups: any[], lesionId: string) =>
      new Set(groups.filter((g) => itemOf(g, 'lesion-id').TextValue === lesionId).map((g) => itemOf(g, '112040').UID));
    expect(uidOf(blGroups, 'T1').size).toBe(1);
    expect(uidOf(fuGroups, 'T1')).toEqual(uidOf(blGroups, 'T1'));
    expect(uidOf(fuGroups, 'NT1')).toEqual(uidOf(blGroups, 'NT1'));
    expect(itemOf(caliperGroups[0], '112039').TextValue).toBe('Cornerstone3DTools@^0.1.0:Length:T1');
    const response = (fu.dataset.ContentSequence as any[]).find((i) => i.ConceptNameCodeSequence[0].CodeValue === 'C0034375');
    expect(response.ContentSequence.map((i: any) => i.ConceptNameCodeSequence[0].CodeValue)).toContain('overall-response');
  });

  it('in 简体中文 writes the reasons and warnings in Chinese (UTF-8) and keeps every coded value as in English', async () => {
    const responseOf = (dataset: Record<string, any>) =>
      ((dataset.ContentSequence as any[]).find((i) => i.ConceptNameCodeSequence[0].CodeValue === 'C0034375').ContentSequence as any[]).map(
        (i: any) => [i.ConceptNameCodeSequence[0].CodeValue, i.TextValue as string],
      );
    const english = responseOf((await writeTimepoint('FU1')).dataset);
    const chinese = await writeTimepoint('FU1', 'zh-CN');
    const zh = responseOf(chinese.dataset);
    const coded = (items: string[][]) => items.filter(([code]) => code !== 'reason' && code !== 'warning');
    expect(zh.map(([code]) => code)).toEqual(english.map(([code]) => code));
    expect(coded(zh)).toEqual(coded(english));
    expect(coded(zh)).toContainEqual(['overall-response', 'PD']);
    expect(chinese.dataset.SpecificCharacterSet).toBe('ISO_IR 192');
    // dcmjs decodes text inside sequences as Latin-1 whatever the character set; DCMTK reads the file as written.
    expect(execFileSync('dcmdump', ['+U8', chinese.file], { encoding: 'utf8' })).toContain('[新病灶 N1（肺，14.0 mm）：疾病进展（PD）]');
    const check = spawnSync('dciodvfy', [chinese.file], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`.split('\n').filter((line) => line.startsWith('Error'))).toEqual([]);
  });
});
