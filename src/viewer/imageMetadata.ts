import { metaData } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import type { DataSet } from 'dicom-parser';
import { firstNumber, type WindowLevel } from './windowPresets';

/** The image's own window (first WindowCenter/WindowWidth of its header), if it has a usable one. */
export function headerWindow(imageId: string): WindowLevel | undefined {
  const voi = metaData.get('voiLutModule', imageId) as { windowCenter?: unknown; windowWidth?: unknown } | undefined;
  const windowCenter = firstNumber(voi?.windowCenter);
  const windowWidth = firstNumber(voi?.windowWidth);
  return windowCenter !== undefined && windowWidth !== undefined && windowWidth > 0 ? { windowCenter, windowWidth } : undefined;
}

/** Transfer syntax of a loaded (or at least parsed) image, to name it when decoding fails. */
export function transferSyntaxOf(imageId: string): string | undefined {
  return (metaData.get('transferSyntax', imageId) as { transferSyntaxUID?: string } | undefined)?.transferSyntaxUID;
}

/**
 * The header attributes that declare an image's plane (present or not), read from
 * the header the `dicomfile:` loader keeps: Cornerstone's plane module fills in
 * an axial plane at the origin when they are missing.
 */
export function planeGeometryTags(imageId: string): Record<string, unknown> | undefined {
  const dataSet = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url) as DataSet | undefined;
  if (!dataSet) return undefined;
  return {
    ImageOrientationPatient: dataSet.elements.x00200037,
    SharedFunctionalGroupsSequence: dataSet.elements.x52009229,
    PerFrameFunctionalGroupsSequence: dataSet.elements.x52009230,
  };
}

/** The modality of a loaded image's series (CT, MR…), if its header gives one. */
export function modalityOf(imageId: string): string | undefined {
  return (metaData.get('generalSeriesModule', imageId) as { modality?: string } | undefined)?.modality;
}

/**
 * What the opening window is chosen by (modality, body part, descriptions), read from
 * the header the `dicomfile:` loader keeps for a loaded image.
 */
export function regionHintsOf(imageId: string): Record<string, string | undefined> {
  const dataSet = wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageId).url) as DataSet | undefined;
  return {
    Modality: dataSet?.string('x00080060'),
    BodyPartExamined: dataSet?.string('x00180015'),
    SeriesDescription: dataSet?.string('x0008103e'),
    StudyDescription: dataSet?.string('x00081030'),
  };
}
