import { describe, expect, it } from 'vitest';
import { parseHeader } from './parseHeader';
import { DEFLATED_EXPLICIT_VR_LE, EXPLICIT_VR_LE, inflateDeflatedPart10, readMetaString } from './part10';
import {
  BASIC_TEXT_SR,
  ENHANCED_CT_IMAGE,
  IMPLICIT_VR_LE,
  MEDIA_STORAGE_DIRECTORY,
  deflatePart10,
  makeDicom,
  stripPart10Header,
} from './testing/makeDicom';
import { skipReasonText } from '../text';

function parsedInstance(bytes: Uint8Array) {
  const result = parseHeader(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.instance;
}

describe('parseHeader', () => {
  it('reads the header fields of a CT slice', () => {
    const instance = parsedInstance(
      makeDicom({
        SOPInstanceUID: '2.25.9',
        PatientName: 'Doe^Jane',
        PatientBirthDate: '19600101',
        PatientSex: 'F',
        StudyTime: '101500',
        SeriesDescription: 'PV 2.5mm',
        SeriesNumber: 4,
        InstanceNumber: 12,
        AcquisitionNumber: 2,
        AcquisitionTime: '140235.5',
        ImagePositionPatient: [-170.5, -180, -42.25],
        WindowCenter: [40, 400],
        WindowWidth: [400, 1500],
        ContrastBolusAgent: 'Iohexol',
        ContrastBolusStartTime: '140130',
        Manufacturer: 'ACME',
      }),
    );
    expect(instance).toMatchObject({
      SOPInstanceUID: '2.25.9',
      StudyInstanceUID: '2.25.1.1',
      SeriesInstanceUID: '2.25.1.2',
      FrameOfReferenceUID: '2.25.1.3',
      PatientName: 'Doe^Jane',
      PatientBirthDate: '19600101',
      PatientSex: 'F',
      StudyDate: '20240101',
      StudyTime: '101500',
      SeriesDescription: 'PV 2.5mm',
      SeriesNumber: 4,
      Modality: 'CT',
      InstanceNumber: 12,
      AcquisitionNumber: 2,
      AcquisitionTime: '140235.5',
      ImagePositionPatient: [-170.5, -180, -42.25],
      ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
      PixelSpacing: [0.7, 0.7],
      SliceThickness: 2.5,
      Rows: 4,
      Columns: 4,
      NumberOfFrames: 1,
      BitsAllocated: 16,
      PixelRepresentation: 0,
      PhotometricInterpretation: 'MONOCHROME2',
      RescaleSlope: 1,
      RescaleIntercept: -1024,
      WindowCenter: 40,
      WindowWidth: 400,
      ContrastBolusAgent: 'Iohexol',
      ContrastBolusStartTime: '140130',
      TransferSyntaxUID: EXPLICIT_VR_LE,
      Manufacturer: 'ACME',
    });
    expect(instance.frames).toBeUndefined();
    // Structured clone (worker transfer) and JSON must both survive.
    expect(JSON.parse(JSON.stringify(instance))).toEqual(instance);
  });

  it('accepts an ArrayBuffer and Implicit VR LE', () => {
    const bytes = makeDicom({ SeriesNumber: 7 }, { transferSyntaxUID: IMPLICIT_VR_LE });
    const result = parseHeader(bytes.slice().buffer);
    expect(result.ok && result.instance).toMatchObject({ SeriesNumber: 7, Rows: 4, TransferSyntaxUID: IMPLICIT_VR_LE });
  });

  it.each([
    ['Explicit', EXPLICIT_VR_LE],
    ['Implicit', IMPLICIT_VR_LE],
  ])('reads a bare %s VR LE data set without preamble, DICM or meta header', (_name, ts) => {
    const bare = stripPart10Header(makeDicom({ SeriesNumber: 3 }, { transferSyntaxUID: ts }));
    expect(parsedInstance(bare)).toMatchObject({ SeriesNumber: 3, Columns: 4, TransferSyntaxUID: ts });
  });

  it.each([
    ['no preamble', 128],
    ['neither preamble nor DICM', 132],
  ])('reads a file with a meta header but %s', (_name, cut) => {
    expect(parsedInstance(makeDicom({ SeriesNumber: 5 }).slice(cut)).SeriesNumber).toBe(5);
  });

  it('reads per-frame geometry of an Enhanced CT from the functional groups', () => {
    const instance = parsedInstance(
      makeDicom({
        SOPClassUID: ENHANCED_CT_IMAGE,
        NumberOfFrames: 3,
        ImagePositionPatient: undefined,
        ImageOrientationPatient: undefined,
        PixelSpacing: undefined,
        SliceThickness: undefined,
        RescaleSlope: undefined,
        RescaleIntercept: undefined,
        AcquisitionDateTime: '20240101140235.25+0100',
        SharedFunctionalGroupsSequence: [
          {
            PixelMeasuresSequence: [{ PixelSpacing: [0.8, 0.6], SliceThickness: 1.25 }],
            PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
            PixelValueTransformationSequence: [{ RescaleSlope: 1, RescaleIntercept: -1024, RescaleType: 'HU' }],
          },
        ],
        PerFrameFunctionalGroupsSequence: [10, 11.25, 12.5].map((z) => ({
          PlanePositionSequence: [{ ImagePositionPatient: [-100, -100, z] }],
        })),
      }),
    );
    expect(instance).toMatchObject({
      NumberOfFrames: 3,
      PixelSpacing: [0.8, 0.6],
      SliceThickness: 1.25,
      ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
      AcquisitionTime: '140235.25',
    });
    expect(instance.frames).toHaveLength(3);
    expect(instance.frames?.[2]).toEqual({
      ImagePositionPatient: [-100, -100, 12.5],
      ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
      PixelSpacing: [0.8, 0.6],
      SliceThickness: 1.25,
      RescaleSlope: 1,
      RescaleIntercept: -1024,
    });
  });

  it('reads a deflated file and inflates it into Explicit VR LE with the pixel data intact', () => {
    const plain = makeDicom({ SeriesNumber: 9, Rows: 64, Columns: 64 });
    const deflated = deflatePart10(plain);
    expect(deflated.length).toBeLessThan(plain.length);
    const instance = parsedInstance(deflated);
    expect(instance).toMatchObject({ SeriesNumber: 9, Rows: 64, TransferSyntaxUID: DEFLATED_EXPLICIT_VR_LE });

    const inflated = inflateDeflatedPart10(deflated);
    expect(readMetaString(inflated, 0x0010)).toBe(EXPLICIT_VR_LE);
    expect(inflated).toEqual(plain);
    expect(inflateDeflatedPart10(plain)).toBe(plain);
  });

  it.each([
    ['a text file', new TextEncoder().encode('patient list\nnot an image\n'), /^not a DICOM file/],
    ['an empty file', new Uint8Array(0), /^not a DICOM file/],
    ['the first 300 bytes of a valid file', makeDicom().slice(0, 300), /^truncated file/],
    ['a file cut inside its meta header', makeDicom().slice(0, 150), /^truncated file/],
    ['a deflated file cut short', deflatePart10(makeDicom({ Rows: 64, Columns: 64 })).slice(0, 260), /^truncated file/],
    ['a DICOMDIR', makeDicom({ SOPClassUID: MEDIA_STORAGE_DIRECTORY }, { noPixelData: true }), /^DICOMDIR/],
    ['an SR', makeDicom({ SOPClassUID: BASIC_TEXT_SR, Modality: 'SR' }, { noPixelData: true }), /^no pixel data.*structured report/],
    ['an image object without pixel data', makeDicom({}, { noPixelData: true }), /^no pixel data/],
    ['an image without SeriesInstanceUID', makeDicom({ SeriesInstanceUID: undefined }), /^missing SeriesInstanceUID/],
  ])('skips %s with a reason', (_name, bytes, reason) => {
    const result = parseHeader(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && skipReasonText(result.reason, 'en')).toMatch(reason);
    expect(!result.ok && result.needsMoreBytes).toBeFalsy();
  });

  it('asks for more bytes when given only the head of a file', () => {
    const bytes = makeDicom({ Rows: 64, Columns: 64 });
    expect(parseHeader(bytes.slice(0, 300), { complete: false })).toMatchObject({ ok: false, needsMoreBytes: true });
    expect(parseHeader(bytes.slice(0, 1000), { complete: false }).ok).toBe(true);
  });

  it.each([
    ['a segmentation', '1.2.840.10008.5.1.4.1.1.66.4', 'SEG', 'segmentation', /^not displayed: segmentation/],
    ['an RT dose', '1.2.840.10008.5.1.4.1.1.481.2', 'RTDOSE', 'dose', /^not displayed: RT dose/],
  ] as const)('skips %s but names its study, for the study browser to list it there', (_name, SOPClassUID, Modality, kind, reason) => {
    const bytes = makeDicom({ SOPClassUID, Modality, StudyDate: '20260112', SeriesDescription: 'Liver tumour' });
    const result = parseHeader(bytes.slice(0, 600), { complete: false });
    expect(!result.ok && skipReasonText(result.reason, 'en')).toMatch(reason);
    expect(result).toMatchObject({
      ok: false,
      notDisplayed: { kind, Modality, StudyDate: '20260112', SeriesDescription: 'Liver tumour', StudyInstanceUID: expect.any(String) },
    });
  });

  it('skips a non-image object from its head without asking for more', () => {
    const sr = makeDicom({ SOPClassUID: BASIC_TEXT_SR, Modality: 'SR', StudyDescription: 'x'.repeat(2000) }, { noPixelData: true });
    expect(parseHeader(sr.slice(0, 400), { complete: false })).toMatchObject({ ok: false, reason: { code: 'not-an-image', object: 'structured-report' } });
  });

  describe('keeping the header bytes for the image loader', () => {
    const pixelValueAt = (bytes: Uint8Array) => {
      for (let i = 0; i + 4 <= bytes.length; i += 1) if (bytes[i] === 0xe0 && bytes[i + 1] === 0x7f && bytes[i + 2] === 0x10 && bytes[i + 3] === 0x00) return i + 12;
      throw new Error('no Pixel Data');
    };

    it('keeps the file\'s first bytes up to the value of Pixel Data, from a head as from the whole file', () => {
      const bytes = makeDicom({ SOPInstanceUID: '2.25.92.1' });
      for (const [input, complete] of [[bytes, true], [bytes.slice(0, pixelValueAt(bytes) + 4), false]] as const) {
        const result = parseHeader(input, { complete, keepHeader: true });
        expect(result.ok && [...result.header!]).toEqual([...bytes.subarray(0, pixelValueAt(bytes))]);
        // A copy: the head's buffer may be transferred or dropped.
        expect(result.ok && result.header!.buffer).not.toBe(input.buffer);
      }
    });

    it('keeps the pixels of a single native frame from a whole file, in a buffer of their own, and nothing of them from a head', () => {
      const bytes = makeDicom({ SOPInstanceUID: '2.25.92.3', Rows: 4, Columns: 3 });
      const at = pixelValueAt(bytes);
      bytes.set(Array.from({ length: 24 }, (_, i) => i + 1), at);
      const whole = parseHeader(bytes, { keepHeader: true });
      expect(whole.ok && [...whole.frame!]).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(whole.ok && whole.frame!.buffer.byteLength).toBe(24);
      expect(whole).not.toHaveProperty('wholeFile');
      const head = parseHeader(bytes.slice(0, at + 4), { complete: false, keepHeader: true });
      expect(head).not.toHaveProperty('frame');
      expect(head).not.toHaveProperty('wholeFile');
    });

    it('keeps a whole multi-frame file as it is, or a copy of it when its bytes are a view into a larger buffer', () => {
      const bytes = makeDicom({ SOPInstanceUID: '2.25.92.4', Rows: 4, Columns: 3, NumberOfFrames: 3 });
      const whole = parseHeader(bytes, { keepHeader: true });
      expect(whole.ok && whole.wholeFile).toBe(bytes);
      expect(whole).not.toHaveProperty('frame');
      const inLargerBuffer = new Uint8Array(bytes.length + 8);
      inLargerBuffer.set(bytes, 8);
      const view = parseHeader(inLargerBuffer.subarray(8), { keepHeader: true });
      expect(view.ok && [...view.wholeFile!]).toEqual([...bytes]);
      expect(view.ok && view.wholeFile!.buffer.byteLength).toBe(bytes.length); // its own buffer, which can be transferred
    });

    it('keeps nothing unless asked, nor where offsets in the parse are not offsets in the file (no preamble, deflated)', () => {
      const bytes = makeDicom({ SOPInstanceUID: '2.25.92.2' });
      expect(parseHeader(bytes)).not.toHaveProperty('header');
      expect(parseHeader(stripPart10Header(bytes), { keepHeader: true })).not.toHaveProperty('header');
      expect(parseHeader(deflatePart10(bytes), { keepHeader: true })).not.toHaveProperty('header');
    });
  });
});
