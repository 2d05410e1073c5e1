/**
 * Text of the viewport overlays that is the same in every language (numbers,
 * coordinates, the series' own description). Pure formatting, so what a
 * radiologist reads is unit-tested; the words come from the `viewport` catalogue.
 */
import type { Vec3 } from './orientationMarkers';
import type { PixelIndex } from './pixelGeometry';

/** "ART 2.5mm · arterial": the phase in the reader's words, left out when empty or already in the description. */
export function formatSeries(seriesDescription: string, phaseWords: string): string {
  const phase = phaseWords.trim();
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
