import { caliperLengthsMm, type Measurement } from '../../core';
import { useAppState } from '../hooks';

const KIND_LABEL: Record<Measurement['kind'], string> = {
  viable: 'viable Ø',
  whole: 'whole Ø',
  'short-axis': 'short axis',
  'viable-bidirectional': 'EASL ⟂',
};

/** The calipers behind a finding: length, kind and phase, with buttons to show or delete each. */
export function CaliperList({ calipers }: { calipers: Measurement[] }) {
  const requestJump = useAppState((state) => state.requestJump);
  const removeMeasurement = useAppState((state) => state.removeMeasurement);
  if (calipers.length === 0) return <p className="hint">No caliper at this timepoint: draw one on the arterial phase.</p>;
  return (
    <ul className="caliper-list" data-testid="caliper-list">
      {calipers.map((caliper) => {
        const { long, short } = caliperLengthsMm(caliper);
        return (
          <li key={caliper.id} data-testid="caliper-item" data-measurement-id={caliper.id}>
            {KIND_LABEL[caliper.kind]} {long.toFixed(1)}
            {short !== undefined ? ` × ${short.toFixed(1)}` : ''} {caliper.image.calibrated ? 'mm' : 'px (no spacing)'} · {caliper.image.phase}
            <button onClick={() => requestJump(caliper.id)} title="Show this caliper in a viewport">
              Show
            </button>
            <button className="danger" data-testid="delete-caliper" onClick={() => removeMeasurement(caliper.id)}>
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
