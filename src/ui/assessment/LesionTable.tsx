import { useTranslation } from 'react-i18next';
import type { LrTrCategory } from '../../core';
import { selectEvaluation, selectSortedTimepoints } from '../../store';
import { jumpToCaliper } from '../../actions';
import { formatDate } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';
import { cellCalipers } from './cellCalipers';
import { findingText } from './findingText';
import { lesionWarnings } from './lesionWarnings';
import { organText } from './organText';
import { useEffectiveAssessment } from './useEffectiveAssessment';
import { useLocale, useTimepointLabels } from '../useTimepointLabels';

/**
 * One row per lesion, one column per timepoint: what was found (diameters from the
 * calipers in mm, or the status). Clicking a cell selects the lesion and timepoint
 * and brings its caliper into view.
 */
export function LesionTable() {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useTimepointLabels().full;
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const activeTimepointId = useAppState((state) => state.activeTimepointId);
  const measurements = useAppState((state) => state.measurements);
  const store = useAppStoreApi();
  const { setActiveLesion, setActiveTimepoint, addLesion } = useAppState((state) => state);
  const effective = useEffectiveAssessment();
  const evaluation = useAppState((state) => selectEvaluation(state));
  if (!effective) return null;
  const notes = evaluation?.notes ?? [];
  const calipersAt = (lesionId: string, timepointId: string) =>
    Object.values(measurements).filter((m) => m.lesionId === lesionId && m.timepointId === timepointId);

  const selectCell = (lesionId: string, timepointId: string) => {
    setActiveLesion(lesionId);
    setActiveTimepoint(timepointId);
    const caliper = Object.values(measurements).find((m) => m.lesionId === lesionId && m.timepointId === timepointId);
    if (caliper) jumpToCaliper(store, caliper.id);
  };

  return (
    <section className="lesion-table" aria-label={t('lesionTable.title')}>
      <div className="panel-title">
        <h2>{t('lesionTable.title')}</h2>
        <button data-testid="add-target" onClick={() => addLesion('target')} title={t('lesionTable.addTargetTitle')}>
          {t('lesionTable.addTarget')}
        </button>
        <button data-testid="add-non-target" onClick={() => addLesion('non-target')}>
          {t('lesionTable.addNonTarget')}
        </button>
        <button data-testid="add-new" onClick={() => addLesion('new')}>
          {t('lesionTable.addNew')}
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('lesionTable.lesionColumn')}</th>
            {timepoints.map((timepoint) => (
              <th
                key={timepoint.id}
                data-testid="timepoint-header"
                data-timepoint-id={timepoint.id}
                className={timepoint.id === activeTimepointId ? 'active' : ''}
              >
                {labels[timepoint.id]}
                <small>{formatDate(timepoint.date, locale)}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {effective.lesions.map((lesion) => (
            <tr
              key={lesion.id}
              data-testid="lesion-row"
              data-lesion-id={lesion.id}
              data-role={lesion.role}
              className={lesion.id === activeLesionId ? 'active' : ''}
              onClick={() => setActiveLesion(lesion.id)}
            >
              <th scope="row">
                <span className="lesion-id">{lesion.id}</span>
                <WarningMarker warnings={lesionWarnings(evaluation, lesion.id, locale, labels)} />
                <small>
                  {t(`roleTitle.${lesion.role}`)} · {organText(t, lesion.organ)}
                  {lesion.location ? ` ${lesion.location}` : ''}
                </small>
              </th>
              {timepoints.map((timepoint) => (
                <td
                  key={timepoint.id}
                  data-testid="finding-cell"
                  data-lesion-id={lesion.id}
                  data-timepoint-id={timepoint.id}
                  className={lesion.id === activeLesionId && timepoint.id === activeTimepointId ? 'selected' : ''}
                  onClick={(event) => {
                    event.stopPropagation();
                    selectCell(lesion.id, timepoint.id);
                  }}
                >
                  {findingText(t, lesion, lesion.findings[timepoint.id], cellCalipers(calipersAt(lesion.id, timepoint.id), notes))}
                  <LrTrTag category={lesion.findings[timepoint.id]?.lrTr?.category} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {effective.lesions.length === 0 && (
        <p className="hint">{t('lesionTable.empty')}</p>
      )}
    </section>
  );
}

function WarningMarker({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <span className="lesion-warning" data-testid="lesion-warning" title={warnings.join('\n')} aria-label={warnings.join('; ')}>
      {' '}⚠
    </span>
  );
}

/** The reader's LI-RADS treatment response beside the mRECIST value of a cell. */
function LrTrTag({ category }: { category: LrTrCategory | undefined }) {
  const { t } = useTranslation('course');
  if (!category) return null;
  return (
    <span className={`lr-tr-tag lr-tr-${category}`} data-testid="lr-tr-tag" data-category={category} title={t(`lrTr.category.${category}`)}>
      {t(`lrTr.short.${category}`)}
    </span>
  );
}
