import { confirmCaliperPhase, jumpToCaliper, mergeAsFragment, unmarkFragment } from '../../actions';
import { caliperLengthsMm, type Measurement, type MeasurementNote } from '../../core';
import { selectEvaluation, selectTimepointLabels } from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';
import { KIND_LABEL, measurementNoteText } from '../../text';

/**
 * The calipers behind a finding: length, kind and phase, with buttons to show or
 * delete each. A caliper that does not count is greyed with the reason, and offers
 * the reader's way to make it count (confirm the phase, mark it as a fragment).
 */
export function CaliperList({ calipers }: { calipers: Measurement[] }) {
  const store = useAppStoreApi();
  const removeMeasurement = useAppState((state) => state.removeMeasurement);
  const notes = useAppState((state) => selectEvaluation(state)?.notes);
  const labels = useAppState(selectTimepointLabels);
  if (calipers.length === 0) return <p className="hint">No caliper at this timepoint: draw one on the arterial phase.</p>;
  const notesOf = (id: string): MeasurementNote[] => notes?.filter((note) => note.measurementId === id) ?? [];
  return (
    <ul className="caliper-list" data-testid="caliper-list">
      {calipers.map((caliper) => {
        const { long, short } = caliperLengthsMm(caliper);
        const own = notesOf(caliper.id);
        const excluded = own.find((note) => !note.counted);
        return (
          <li
            key={caliper.id}
            data-testid="caliper-item"
            data-measurement-id={caliper.id}
            data-counted={excluded ? 'false' : 'true'}
            className={excluded ? 'not-counted' : ''}
          >
            <span className="caliper-text">
              {KIND_LABEL[caliper.kind]} {long.toFixed(1)}
              {short !== undefined ? ` × ${short.toFixed(1)}` : ''} {caliper.image.calibrated ? 'mm' : 'px (no spacing)'} · {caliper.image.phase}
              {caliper.phaseConfirmed ? ' (confirmed arterial)' : ''}
              {caliper.fragment ? ' · fragment' : ''}
            </span>
            {excluded?.code === 'not-arterial' && (
              <button data-testid="confirm-phase" onClick={() => confirmCaliperPhase(store, caliper.id)} title="The image is arterial phase although the series is not classified so">
                Count it: arterial
              </button>
            )}
            {caliper.phaseConfirmed && (
              <button data-testid="unconfirm-phase" onClick={() => confirmCaliperPhase(store, caliper.id, false)}>
                Not arterial
              </button>
            )}
            {excluded?.code === 'several-calipers' && excluded.kind !== 'viable-bidirectional' && excluded.kind !== 'short-axis' && !caliper.fragment && (
              <button data-testid="mark-fragment" onClick={() => mergeAsFragment(store, caliper.id, caliper.lesionId)} title="Sum it with the lesion's other calipers of this kind: one split lesion">
                Fragment
              </button>
            )}
            {caliper.fragment && (
              <button data-testid="unmark-fragment" onClick={() => unmarkFragment(store, caliper.id)}>
                Not a fragment
              </button>
            )}
            <button onClick={() => jumpToCaliper(store, caliper.id)} title="Show this caliper in a viewport">
              Show
            </button>
            <button className="danger" data-testid="delete-caliper" onClick={() => removeMeasurement(caliper.id)}>
              Delete
            </button>
            {own.map((note) => (
              <small key={note.code} className="caliper-note" data-testid="caliper-note" data-code={note.code}>
                {measurementNoteText(note, labels)}
              </small>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
