/**
 * Image ids of the derived "arterial − non-contrast" images. The id names its
 * sources, so Cornerstone's caches (keyed by image id) hold one image per pair and
 * a caliper's image can be found again from the arterial image it lies on.
 * A slice with no non-contrast counterpart gets an id that says why; loading it
 * fails with that reason.
 */

export const SUBTRACTION_SCHEME = 'subtraction';

export type SubtractionSource =
  | { arterialImageId: string; nonContrastImageId: string }
  /** No non-contrast slice within `toleranceMm`; the nearest was `nearestMm` away (null: no position to compare). */
  | { arterialImageId: string; nonContrastImageId: null; nearestMm: number | null; toleranceMm: number };

export function subtractionImageId(source: SubtractionSource): string {
  const params = new URLSearchParams({ arterial: source.arterialImageId });
  if (source.nonContrastImageId !== null) params.set('nonContrast', source.nonContrastImageId);
  else {
    params.set('toleranceMm', String(source.toleranceMm));
    if (source.nearestMm !== null) params.set('nearestMm', String(source.nearestMm));
  }
  return `${SUBTRACTION_SCHEME}:${params.toString()}`;
}

export function isSubtractionImageId(imageId: string): boolean {
  return imageId.startsWith(`${SUBTRACTION_SCHEME}:`);
}

/** The sources named by a subtraction image id, or undefined for any other id. */
export function parseSubtractionImageId(imageId: string): SubtractionSource | undefined {
  if (!isSubtractionImageId(imageId)) return undefined;
  const params = new URLSearchParams(imageId.slice(SUBTRACTION_SCHEME.length + 1));
  const arterialImageId = params.get('arterial');
  if (!arterialImageId) return undefined;
  const nonContrastImageId = params.get('nonContrast');
  if (nonContrastImageId) return { arterialImageId, nonContrastImageId };
  const nearest = params.get('nearestMm');
  return { arterialImageId, nonContrastImageId: null, nearestMm: nearest === null ? null : Number(nearest), toleranceMm: Number(params.get('toleranceMm')) };
}

/** Why a subtraction slice cannot be shown: the reader sees it in the pane instead of an image. */
export function missingCounterpartText(source: Extract<SubtractionSource, { nonContrastImageId: null }>): string {
  const nearest = source.nearestMm === null ? 'no slice position to compare' : `the nearest is ${source.nearestMm.toFixed(1)} mm away`;
  return `no non-contrast slice within ${source.toleranceMm.toFixed(1)} mm of this arterial slice (${nearest})`;
}
