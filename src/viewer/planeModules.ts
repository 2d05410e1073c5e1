import { Enums, metaData, type Types } from '@cornerstonejs/core';
import { SharedStrings } from '../dicom';

/**
 * The image plane (position, orientation, spacing) of every image the file loader
 * has loaded, kept as read when its header was parsed. Headers are kept as bytes
 * once their image is loaded (see lazyHeader.ts), and only the last few stay
 * parsed; but Cornerstone reads the plane of every slice of a stack at once, e.g.
 * to find the slice nearest to a point (getClosestImageId, used by jumpToWorld and
 * getClosestStackImageIndexForPoint), which would parse a thousand headers again on
 * each such jump. A plane is a few numbers (well under 1 kB) per image, beside the
 * image's pixels: keeping them costs far less memory than a parsed header does.
 */
const planes = new Map<string, Types.ImagePlaneModule>();

/** Above the loader's own provider (priority 0), which parses the header; below the subtraction images' (10 000). */
const PRIORITY = 100;

function planeModuleProvider(type: string, query: unknown): Types.ImagePlaneModule | undefined {
  return type === Enums.MetadataModules.IMAGE_PLANE && typeof query === 'string' ? planes.get(query) : undefined;
}

/**
 * One copy of each list of numbers the kept planes repeat (orientation, its row and
 * column cosines, pixel spacing: the same for every slice of a stack) and of each frame
 * of reference UID. Positions differ per slice.
 */
let shared = new SharedStrings();
const PER_SLICE_LISTS: ReadonlySet<string> = new Set(['imagePositionPatient']);

function keptList(key: string, values: readonly number[]): readonly number[] {
  return PER_SLICE_LISTS.has(key) ? values.map(Number) : shared.list(values);
}

/**
 * `plane` as kept: its lists of numbers in arrays of their exact length (the header
 * parser's arrays grow as they fill and box every value), those every slice repeats
 * and its frame of reference UID shared with the other planes'. A kept plane then
 * costs about a third of what the parser's does, for every slice of every stack opened.
 */
function compactPlane(plane: Types.ImagePlaneModule): Types.ImagePlaneModule {
  const kept: Record<string, unknown> = { ...plane };
  for (const [key, value] of Object.entries(kept)) {
    if (Array.isArray(value) && value.every((item) => typeof item === 'number')) kept[key] = keptList(key, value);
  }
  const uid = plane.frameOfReferenceUID;
  if (typeof uid === 'string') kept.frameOfReferenceUID = shared.string(uid);
  return kept as unknown as Types.ImagePlaneModule;
}

/** Keeps the plane of `imageId` as the metadata providers give it now (its header must still be in the loader's cache). */
export function keepPlaneModule(imageId: string): void {
  if (planes.has(imageId)) return;
  const plane = metaData.get(Enums.MetadataModules.IMAGE_PLANE, imageId) as Types.ImagePlaneModule | undefined;
  if (plane) planes.set(imageId, compactPlane(plane));
}

/** Forgets every kept plane ("close all": the images and their headers go too). */
export function forgetPlaneModules(): void {
  planes.clear();
  shared = new SharedStrings();
}

/** Registers the provider that answers from the kept planes (once; adding it again is a no-op). */
export function registerPlaneModuleProvider(): void {
  metaData.addProvider(planeModuleProvider, PRIORITY);
}
