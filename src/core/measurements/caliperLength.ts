import type { Measurement, PatientPointMm } from './types.ts';

/** Euclidean distance between two patient points, mm. */
export function distanceMm(a: PatientPointMm, b: PatientPointMm): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Rounds to 0.1 mm, the precision calipers are shown and recorded with. */
export function roundToTenthMm(lengthMm: number): number {
  return Math.round(lengthMm * 10) / 10;
}

/**
 * The lengths a caliper records, rounded to 0.1 mm: `long` is the diameter (the
 * long axis for bidirectional calipers), `short` the perpendicular one. Endpoints
 * are in patient mm, so the image's pixel spacing is already in them.
 */
export function caliperLengthsMm(measurement: Pick<Measurement, 'kind' | 'pointsMm'>): { long: number; short?: number } {
  const [a, b, c, d] = measurement.pointsMm;
  if (!a || !b) throw new Error(`caliper needs 2 points, got ${measurement.pointsMm.length}`);
  const long = roundToTenthMm(distanceMm(a, b));
  if (measurement.kind !== 'viable-bidirectional') return { long };
  if (!c || !d) throw new Error(`bidirectional caliper needs 4 points, got ${measurement.pointsMm.length}`);
  return { long, short: roundToTenthMm(distanceMm(c, d)) };
}
