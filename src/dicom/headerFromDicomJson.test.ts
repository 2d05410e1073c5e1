import { data as dcmjsData } from 'dcmjs';
import { describe, expect, it } from 'vitest';
import type { DicomJsonDataSet } from './dicomJsonReader';
import { headerFromDicomJson } from './headerFromDicomJson';
import { parseHeader } from './parseHeader';
import { BASIC_TEXT_SR, ENHANCED_CT_IMAGE, makeDicom } from './testing/makeDicom';
import { skipReasonText } from '../text';

/** The DICOM JSON of a Part 10 file, as a WADO-RS server returns it (dcmjs's dictionary is that model). */
function dicomJsonOf(bytes: Uint8Array): DicomJsonDataSet {
  const { dict } = dcmjsData.DicomMessage.readFile(bytes.slice().buffer);
  return JSON.parse(JSON.stringify(dict)) as DicomJsonDataSet;
}

function fromFile(bytes: Uint8Array) {
  const parsed = parseHeader(bytes);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  return parsed.instance;
}

const ENHANCED_CT = {
  SOPClassUID: ENHANCED_CT_IMAGE,
  NumberOfFrames: 3,
  ImagePositionPatient: undefined,
  ImageOrientationPatient: undefined,
  PixelSpacing: undefined,
  SharedFunctionalGroupsSequence: [
    {
      PixelMeasuresSequence: [{ PixelSpacing: [0.8, 0.6], SliceThickness: 1.25 }],
      PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
    },
  ],
  PerFrameFunctionalGroupsSequence: [10, 11.25, 12.5].map((z) => ({ PlanePositionSequence: [{ ImagePositionPatient: [-100, -100, z] }] })),
};

describe('headerFromDicomJson', () => {
  it.each([
    ['a CT slice', { PatientName: 'Doe^Jane', SeriesNumber: 4, InstanceNumber: 12, WindowCenter: [40, 400], WindowWidth: [400, 1500], ContrastBolusAgent: 'Iohexol' }],
    ['an Enhanced CT with per-frame geometry', ENHANCED_CT],
  ])('gives %s the header its Part 10 file gives, but for the transfer syntax', (_name, tags) => {
    const bytes = makeDicom(tags);
    const result = headerFromDicomJson(dicomJsonOf(bytes));
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.instance).toEqual({ ...fromFile(bytes), TransferSyntaxUID: '' });
  });

  it('reads values as servers write them: person names as objects, decimals as strings, the available transfer syntax', () => {
    const json = dicomJsonOf(makeDicom({ PatientName: 'Doe^Jane', SliceThickness: 2.5 }));
    json['00100010'] = { vr: 'PN', Value: [{ Alphabetic: 'Roe^Richard' }] };
    json['00180050'] = { vr: 'DS', Value: ['1.25'] };
    json['00083002'] = { vr: 'UI', Value: ['1.2.840.10008.1.2.4.80'] };
    const result = headerFromDicomJson(json);
    expect(result.ok && result.instance).toMatchObject({ PatientName: 'Roe^Richard', SliceThickness: 1.25, TransferSyntaxUID: '1.2.840.10008.1.2.4.80' });
  });

  it('refuses what cannot be shown, with the reason a file would get', () => {
    expect(headerFromDicomJson(dicomJsonOf(makeDicom({ SOPClassUID: BASIC_TEXT_SR })))).toMatchObject({ ok: false, reason: { code: 'not-an-image', object: 'structured-report', sopClassUid: BASIC_TEXT_SR } });
    const noPixels = dicomJsonOf(makeDicom());
    delete noPixels['7FE00010'];
    expect(headerFromDicomJson(noPixels)).toMatchObject({ ok: false, reason: { code: 'not-an-image' } });
    const noSeries = dicomJsonOf(makeDicom());
    delete noSeries['0020000E'];
    const refused = headerFromDicomJson(noSeries);
    expect(refused).toEqual({ ok: false, reason: { code: 'missing-uids', attributes: ['SeriesInstanceUID'] } });
    expect(!refused.ok && skipReasonText(refused.reason, 'en')).toBe('missing SeriesInstanceUID: cannot place the image in a series');
  });
});
