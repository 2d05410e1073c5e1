import { caliperLengthsMm, type Measurement, type MeasurementNote } from '../../core';
import type { CellCalipers } from './findingText';

/**
 * What the calipers of one lesion at one timepoint add to its table cell: the
 * lengths of fragments that are summed (the main caliper first), and how many
 * calipers do not count (from the engine's notes).
 */
export function cellCalipers(calipers: readonly Measurement[], notes: readonly MeasurementNote[]): CellCalipers {
  const excluded = new Set(notes.filter((note) => !note.counted).map((note) => note.measurementId));
  const counted = calipers.filter((m) => !excluded.has(m.id));
  const fragments = (kind: 'viable' | 'whole') => {
    const ofKind = counted.filter((m) => m.kind === kind).sort((a, b) => Number(Boolean(a.fragment)) - Number(Boolean(b.fragment)));
    return ofKind.length > 1 ? ofKind.map((m) => caliperLengthsMm(m).long) : undefined;
  };
  const viable = fragments('viable');
  const whole = fragments('whole');
  const notCounted = calipers.filter((m) => excluded.has(m.id)).length;
  return {
    ...(viable || whole ? { fragmentsMm: { ...(viable ? { viable } : {}), ...(whole ? { whole } : {}) } } : {}),
    ...(notCounted > 0 ? { notCounted } : {}),
  };
}
