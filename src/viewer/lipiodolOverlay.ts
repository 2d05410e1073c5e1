/**
 * Draws the lipiodol mask (pixels ≥ a HU threshold) as a translucent colour over
 * a stack viewport, on a 2D canvas of its own above Cornerstone's. It is redrawn
 * after every IMAGE_RENDERED, which Cornerstone fires for a new slice, pan, zoom,
 * window and resize alike, on its GPU and CPU paths, and it is placed through the
 * viewport's own worldToCanvas, so it stays on the pixels it marks.
 */
import { Enums, type StackViewport, type Types } from '@cornerstonejs/core';
import { lipiodolMask } from '../core';
import { planeGeometryOf } from './cursorReadout';
import { pixelToWorld } from './pixelGeometry';
import { modalityLutOf } from './subtractionLoader';

/** Mask colour: cyan, which no caliper uses (viable red, whole blue, EASL amber, short axis green). */
const MASK_RGBA = [0, 220, 255, 115] as const;

/** What the overlay found on the slice on screen. */
export interface LipiodolOverlayStatus {
  imageId: string;
  thresholdHu: number;
  markedCount: number;
}

interface MaskPicture {
  key: string;
  picture: HTMLCanvasElement;
  markedCount: number;
}

export class LipiodolOverlay {
  private thresholdHu: number | undefined;
  private last: MaskPicture | undefined;
  private maskBuffer: Uint8Array | undefined;
  private lastStatus: LipiodolOverlayStatus | undefined;
  /** Whether the canvas may show a mask; while none is shown, a render touches it not at all. */
  private drawn = false;
  private readonly element: HTMLDivElement;

  constructor(
    private readonly viewport: () => StackViewport,
    private readonly canvas: HTMLCanvasElement,
    private readonly onStatus: (status: LipiodolOverlayStatus | undefined) => void,
  ) {
    this.element = viewport().element;
    this.element.addEventListener(Enums.Events.IMAGE_RENDERED, this.draw);
  }

  /** Shows the mask at `thresholdHu`, or hides it (undefined). */
  show(thresholdHu: number | undefined): void {
    this.thresholdHu = thresholdHu;
    this.draw();
  }

  destroy(): void {
    this.element.removeEventListener(Enums.Events.IMAGE_RENDERED, this.draw);
  }

  private readonly draw = (): void => {
    const viewport = this.viewport();
    const image = this.thresholdHu === undefined ? undefined : viewport.getCornerstoneImage();
    const geometry = image && planeGeometryOf(viewport);
    if (this.thresholdHu === undefined || !image || !geometry || image.color) {
      this.clear();
      return this.report(undefined);
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(this.canvas.clientWidth * ratio);
    const height = Math.round(this.canvas.clientHeight * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) Object.assign(this.canvas, { width, height });
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    this.drawn = true;
    const mask = this.maskPicture(image, this.thresholdHu);
    // Pixel centres (0,0), (1,0), (0,1) on the canvas give the affine map from image pixels to canvas pixels.
    const at = (column: number, row: number) => viewport.worldToCanvas(pixelToWorld({ column, row }, geometry) as Types.Point3);
    const [x0, y0] = at(0, 0);
    const [x1, y1] = at(1, 0);
    const [x2, y2] = at(0, 1);
    const [ax, ay, cx, cy] = [x1 - x0, y1 - y0, x2 - x0, y2 - y0];
    // Pixel (0,0) covers −½…+½ around its centre.
    context.setTransform(ratio * ax, ratio * ay, ratio * cx, ratio * cy, ratio * (x0 - (ax + cx) / 2), ratio * (y0 - (ay + cy) / 2));
    context.imageSmoothingEnabled = false;
    context.drawImage(mask.picture, 0, 0);
    this.report({ imageId: image.imageId, thresholdHu: this.thresholdHu, markedCount: mask.markedCount });
  };

  /**
   * Empties the canvas if a mask was drawn. Sizing and clearing a pane-sized canvas cost
   * tens of ms on a software canvas, a cost every render (and the first image) paid
   * with no mask to show.
   */
  private clear(): void {
    if (!this.drawn) return;
    this.drawn = false;
    const context = this.canvas.getContext('2d');
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Tells the pane only when the status changed: pan and zoom redraw the mask on every frame. */
  private report(status: LipiodolOverlayStatus | undefined): void {
    const last = this.lastStatus;
    if (last === status || (last && status && last.imageId === status.imageId && last.thresholdHu === status.thresholdHu && last.markedCount === status.markedCount)) return;
    this.lastStatus = status;
    this.onStatus(status);
  }

  /** The mask of `image` as a picture, computed once per slice and threshold (pan and zoom only redraw it). */
  private maskPicture(image: Types.IImage, thresholdHu: number): MaskPicture {
    const key = `${image.imageId}|${thresholdHu}`;
    if (this.last?.key === key) return this.last;
    const { mask, markedCount } = lipiodolMask(image.getPixelData(), modalityLutOf(image), thresholdHu, this.maskBuffer);
    this.maskBuffer = mask;
    const picture = this.last?.picture ?? document.createElement('canvas');
    picture.width = image.columns;
    picture.height = image.rows;
    const pixels = new ImageData(image.columns, image.rows);
    const rgba = new Uint32Array(pixels.data.buffer);
    const colour = new Uint32Array(new Uint8Array(MASK_RGBA).buffer)[0]!;
    for (let i = 0; i < mask.length; i++) if (mask[i]) rgba[i] = colour;
    picture.getContext('2d')?.putImageData(pixels, 0, 0);
    this.last = { key, picture, markedCount };
    return this.last;
  }
}
