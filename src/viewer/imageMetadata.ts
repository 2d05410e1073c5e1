import { metaData } from '@cornerstonejs/core';
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

/** The naturalized header as parsed, without the defaults Cornerstone's modules fill in. */
export function parsedHeader(imageId: string): Record<string, unknown> | undefined {
  return metaData.get('instance', imageId) as Record<string, unknown> | undefined;
}

/** The modality of a loaded image's series (CT, MR…), if its header gives one. */
export function modalityOf(imageId: string): string | undefined {
  return (metaData.get('generalSeriesModule', imageId) as { modality?: string } | undefined)?.modality;
}
