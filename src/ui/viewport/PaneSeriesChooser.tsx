import { useTranslation } from 'react-i18next';
import { findStack, selectIndex } from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';

/**
 * The series of its study a comparison pane shows (e.g. arterial → portal venous),
 * on the pane itself: one menu per pane in the header would not fit a laptop's row.
 * Nothing when the study has a single series.
 */
export function PaneSeriesChooser({ paneIndex, stackId }: { paneIndex: number; stackId: string | null }) {
  const { t } = useTranslation(['viewport', 'common']);
  const store = useAppStoreApi();
  const index = useAppState(selectIndex);
  const context = stackId ? findStack(index, stackId) : undefined;
  const choices = context ? context.study.series.flatMap((series) => series.stacks) : [];
  if (choices.length < 2) return null;
  return (
    <select
      className="pane-series-chooser"
      data-testid={`pane-phase-${paneIndex}`}
      aria-label={t('pane.seriesInPane', { number: paneIndex + 1 })}
      title={t('pane.seriesInPane', { number: paneIndex + 1 })}
      value={stackId ?? ''}
      onChange={(e) => store.getState().showStack(paneIndex, e.target.value)}
    >
      {choices.map((stack) => (
        <option key={stack.stackId} value={stack.stackId}>
          {t(`common:phase.${stack.phase.phase}`)} {stack.label}
        </option>
      ))}
    </select>
  );
}
