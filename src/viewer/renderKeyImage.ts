import { getShouldUseCPURendering, imageLoader, metaData, utilities } from '@cornerstonejs/core';

/** What to draw on a key image: the caliper's segments in patient coordinates (LPS, mm) and its label. */
export interface KeyImageCaliper {
  /** Line segments, each two patient points: one for a diameter, two for a bidirectional caliper. */
  segmentsMm: Array<[[number, number, number], [number, number, number]]>;
  label: string;
}

/** The image is drawn with its longer physical side at this many pixels, then cropped around the caliper. */
const FULL_IMAGE_PX = 768;
/** Side of the key image, px (about 6 cm wide in print at 150 dpi). */
const OUTPUT_PX = 384;
/** The crop shows at least this much anatomy around the caliper, mm, so that the lesion is seen in context. */
const MIN_FIELD_MM = 90;

interface PlaneModule {
  columns: number;
  rows: number;
  rowPixelSpacing?: number | null;
  columnPixelSpacing?: number | null;
}

/** One key image to draw: the image and the caliper on it. */
export interface KeyImageRequest {
  imageId: string;
  caliper: KeyImageCaliper;
}

/** An image rendered at {@link FULL_IMAGE_PX}, with its scale. */
interface RenderedImage {
  canvas: HTMLCanvasElement;
  plane: PlaneModule;
  pxPerMm: number;
}

async function renderImage(imageId: string): Promise<RenderedImage> {
  // The image's geometry is known once it is loaded (and loading rejects, where rendering would not, when it cannot be).
  await imageLoader.loadAndCacheImage(imageId);
  const plane = metaData.get('imagePlaneModule', imageId) as PlaneModule | undefined;
  if (!plane?.columns || !plane.rows) throw new Error('the image has no geometry');
  const widthMm = plane.columns * (plane.columnPixelSpacing || 1);
  const heightMm = plane.rows * (plane.rowPixelSpacing || 1);
  const pxPerMm = FULL_IMAGE_PX / Math.max(widthMm, heightMm);
  // The canvas has the image's physical aspect, so Cornerstone's fit fills it exactly
  // and an image coordinate maps to the canvas by one scale per axis.
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthMm * pxPerMm);
  canvas.height = Math.round(heightMm * pxPerMm);
  await utilities.loadImageToCanvas({ canvas, imageId, useCPURendering: getShouldUseCPURendering() });
  // Cornerstone removes its temporary viewport for this image on the next task; a second
  // render of the same image before that would wait for a viewport that is going away.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { canvas, plane, pxPerMm };
}

/**
 * Draws key images one after the other, each image rendered once however many
 * calipers lie on it. Each result is a PNG data URL, or the error that stopped it.
 */
export async function renderKeyImages(requests: readonly KeyImageRequest[]): Promise<Array<string | Error>> {
  const rendered = new Map<string, RenderedImage | Error>();
  const results: Array<string | Error> = [];
  for (const { imageId, caliper } of requests) {
    if (!rendered.has(imageId)) rendered.set(imageId, await renderImage(imageId).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    const image = rendered.get(imageId)!;
    results.push(image instanceof Error ? image : drawKeyImage(imageId, image, caliper));
  }
  return results;
}

/**
 * A key image: the image as Cornerstone rendered it (the same path as the study
 * browser's thumbnails, with the image's own window), cropped around the caliper,
 * with the caliper's line and label on top in white outlined in black so that they
 * read on any grey and in black-and-white print. A PNG data URL.
 */
function drawKeyImage(imageId: string, { canvas: full, plane, pxPerMm }: RenderedImage, caliper: KeyImageCaliper): string {
  const toCanvas = (point: [number, number, number]): [number, number] => {
    const [column, row] = utilities.worldToImageCoords(imageId, point) as [number, number];
    return [(column / plane.columns) * full.width, (row / plane.rows) * full.height];
  };
  const segments = caliper.segmentsMm.map(([a, b]) => [toCanvas(a), toCanvas(b)] as const);
  const xs = segments.flatMap(([a, b]) => [a[0], b[0]]);
  const ys = segments.flatMap(([a, b]) => [a[1], b[1]]);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const side = Math.min(Math.max(extent * 2.5, MIN_FIELD_MM * pxPerMm), full.width, full.height);
  const centre = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
  const left = Math.min(Math.max(centre[0]! - side / 2, 0), full.width - side);
  const top = Math.min(Math.max(centre[1]! - side / 2, 0), full.height - side);
  const scale = OUTPUT_PX / side;

  const out = document.createElement('canvas');
  out.width = OUTPUT_PX;
  out.height = OUTPUT_PX;
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#000';
  context.fillRect(0, 0, OUTPUT_PX, OUTPUT_PX);
  context.drawImage(full, left, top, side, side, 0, 0, OUTPUT_PX, OUTPUT_PX);
  const place = ([x, y]: readonly [number, number]): [number, number] => [(x - left) * scale, (y - top) * scale];

  context.lineCap = 'round';
  for (const [width, colour] of [[5, '#000'], [2, '#fff']] as const) {
    context.lineWidth = width;
    context.strokeStyle = colour;
    for (const [a, b] of segments) {
      context.beginPath();
      context.moveTo(...place(a));
      context.lineTo(...place(b));
      context.stroke();
    }
  }
  drawLabel(context, caliper.label, place(segments[0]![1]));
  return out.toDataURL('image/png');
}

/** The label in black on a white box beside `anchor`, kept inside the canvas. */
function drawLabel(context: CanvasRenderingContext2D, text: string, anchor: [number, number]): void {
  context.font = 'bold 15px sans-serif';
  const width = context.measureText(text).width + 10;
  const height = 22;
  const x = Math.min(Math.max(anchor[0] + 8, 2), OUTPUT_PX - width - 2);
  const y = Math.min(Math.max(anchor[1] - height - 6, 2), OUTPUT_PX - height - 2);
  context.fillStyle = '#fff';
  context.strokeStyle = '#000';
  context.lineWidth = 1.5;
  context.fillRect(x, y, width, height);
  context.strokeRect(x, y, width, height);
  context.fillStyle = '#000';
  context.textBaseline = 'middle';
  context.fillText(text, x + 5, y + height / 2 + 1);
}
