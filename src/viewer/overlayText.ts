/**
 * Text of the viewport overlays. Pure formatting, so what a radiologist reads is
 * unit-tested; the pane only places the strings.
 */
import type { Vec3 } from './orientationMarkers';
import type { PixelIndex, SliceAxis } from './pixelGeometry';

/** "Im 12/64 · z 35.0 mm" (1-based image number); without geometry just "Im 12/64". */
export function formatSlice(sliceIndex: number, imageCount: number, position?: { axis: SliceAxis; positionMm: number }): string {
  const im = `Im ${sliceIndex + 1}/${imageCount}`;
  return position ? `${im} · ${position.axis} ${position.positionMm.toFixed(1)} mm` : im;
}

/** "W 150 L 90": rounded, as window settings are written on reports. */
export function formatWindow(windowWidth: number, windowCenter: number): string {
  return `W ${Math.round(windowWidth)} L ${Math.round(windowCenter)}`;
}

/**
 * "Zoom 150%": 100% is one screen pixel per millimetre of patient space, so the
 * same percentage shows a lesion at the same size on every series, whatever its
 * pixel spacing or field of view (200% = a 10 mm lesion spans 20 screen pixels).
 */
export function formatZoom(screenPixelsPerMm: number): string {
  return `Zoom ${Math.round(screenPixelsPerMm * 100)}%`;
}

/** "Arterial 2.5mm · arterial"; the phase is left out when unknown or already in the description. */
export function formatSeries(seriesDescription: string, phaseLabel: string): string {
  const phase = phaseLabel.trim();
  if (!phase || seriesDescription.toLowerCase().includes(phase.toLowerCase())) return seriesDescription;
  return seriesDescription ? `${seriesDescription} · ${phase}` : phase;
}

function formatValue(value: number): string {
  // Integer HU and stored values stay integers; a fractional rescale shows one decimal.
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export interface ReadoutText {
  pixel: PixelIndex;
  worldMm: Vec3;
  value: number;
  unit: 'HU' | '';
}

/** "(80, 50) · (14.0, -20.0, 10.0) mm · 333 HU"; MR values have no unit. */
export function formatReadout({ pixel, worldMm, value, unit }: ReadoutText): string {
  const world = worldMm.map((c) => c.toFixed(1)).join(', ');
  const shown = unit ? `${formatValue(value)} ${unit}` : formatValue(value);
  return `(${pixel.column}, ${pixel.row}) · (${world}) mm · ${shown}`;
}
