import { confirmCaliperPhase, jumpToCaliper, mergeAsFragment, unmarkFragment } from '../../actions';
import { caliperLengthsMm, type Measurement, type MeasurementNote } from '../../core';
import { useTranslation } from 'react-i18next';
import { selectEvaluation } from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';
import { kindLabel, measurementNoteText, phaseText } from '../../text';
import { useLocale, useTimepointLabels } from '../useTimepointLabels';

/**
 * The calipers behind a finding: length, kind and phase, with buttons to show or
 * delete each. A caliper that does not count is greyed with the reason, and offers
 * the reader's way to make it count (confirm the phase, mark it as a fragment).
 */
export function CaliperList({ calipers }: { calipers: Measurement[] }) {
  const store = useAppStoreApi();
  const removeMeasurement = useAppState((state) => state.removeMeasurement);
  const notes = useAppState((state) => selectEvaluation(state)?.notes);
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const labels = useTimepointLabels().full;
  if (calipers.length === 0) return <p className="hint">{t('caliperList.empty')}</p>;
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
              {kindLabel(caliper.kind, locale)} {long.toFixed(1)}
              {short !== undefined ? ` × ${short.toFixed(1)}` : ''} {caliper.image.calibrated ? 'mm' : t('caliperList.noSpacing')} ·{' '}
              {phaseText(caliper.image.phase, locale)}
              {caliper.phaseConfirmed ? ` ${t('caliperList.confirmedArterial')}` : ''}
              {caliper.fragment ? ` · ${t('caliperList.fragment')}` : ''}
            </span>
            {excluded?.code === 'not-arterial' && (
              <button data-testid="confirm-phase" onClick={() => confirmCaliperPhase(store, caliper.id)} title={t('caliperList.countArterialTitle')}>
                {t('caliperList.countArterial')}
              </button>
            )}
            {caliper.phaseConfirmed && (
              <button data-testid="unconfirm-phase" onClick={() => confirmCaliperPhase(store, caliper.id, false)}>
                {t('caliperList.notArterial')}
              </button>
            )}
            {excluded?.code === 'several-calipers' && excluded.kind !== 'viable-bidirectional' && excluded.kind !== 'short-axis' && !caliper.fragment && (
              <button data-testid="mark-fragment" onClick={() => mergeAsFragment(store, caliper.id, caliper.lesionId)} title={t('caliperList.markFragmentTitle')}>
                {t('caliperList.markFragment')}
              </button>
            )}
            {caliper.fragment && (
              <button data-testid="unmark-fragment" onClick={() => unmarkFragment(store, caliper.id)}>
                {t('caliperList.unmarkFragment')}
              </button>
            )}
            <button onClick={() => jumpToCaliper(store, caliper.id)} title={t('caliperList.showTitle')}>
              {t('caliperList.show')}
            </button>
            <button className="danger" data-testid="delete-caliper" onClick={() => removeMeasurement(caliper.id)}>
              {t('caliperList.delete')}
            </button>
            {own.map((note) => (
              <small key={note.code} className="caliper-note" data-testid="caliper-note" data-code={note.code}>
                {measurementNoteText(note, labels, locale)}
              </small>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
