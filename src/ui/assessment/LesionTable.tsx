import type { Lesion, LrTrCategory } from '../../core';
import { selectEvaluation, selectSortedTimepoints, selectTimepointLabels } from '../../store';
import { jumpToCaliper } from '../../actions';
import { LR_TR_LABEL, LR_TR_SHORT } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';
import { cellCalipers } from './cellCalipers';
import { findingText } from './findingText';
import { lesionWarnings } from './lesionWarnings';
import { useEffectiveAssessment } from './useEffectiveAssessment';

const ROLE_LABEL: Record<Lesion['role'], string> = { target: 'Target', 'non-target': 'Non-target', new: 'New' };

/**
 * One row per lesion, one column per timepoint: what was found (diameters from the
 * calipers in mm, or the status). Clicking a cell selects the lesion and timepoint
 * and brings its caliper into view.
 */
export function LesionTable() {
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useAppState(selectTimepointLabels);
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
    <section className="lesion-table" aria-label="Lesions">
      <div className="panel-title">
        <h2>Lesions</h2>
        <button data-testid="add-target" onClick={() => addLesion('target')} title="Add a target lesion">
          + Target
        </button>
        <button data-testid="add-non-target" onClick={() => addLesion('non-target')}>
          + Non-target
        </button>
        <button data-testid="add-new" onClick={() => addLesion('new')}>
          + New
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th>Lesion</th>
            {timepoints.map((t) => (
              <th key={t.id} data-testid="timepoint-header" data-timepoint-id={t.id} className={t.id === activeTimepointId ? 'active' : ''}>
                {labels[t.id]}
                <small>{t.date}</small>
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
                <WarningMarker warnings={lesionWarnings(evaluation, lesion.id, labels)} />
                <small>
                  {ROLE_LABEL[lesion.role]} · {lesion.organ}
                  {lesion.location ? ` ${lesion.location}` : ''}
                </small>
              </th>
              {timepoints.map((t) => (
                <td
                  key={t.id}
                  data-testid="finding-cell"
                  data-lesion-id={lesion.id}
                  data-timepoint-id={t.id}
                  className={lesion.id === activeLesionId && t.id === activeTimepointId ? 'selected' : ''}
                  onClick={(event) => {
                    event.stopPropagation();
                    selectCell(lesion.id, t.id);
                  }}
                >
                  {findingText(lesion, lesion.findings[t.id], cellCalipers(calipersAt(lesion.id, t.id), notes))}
                  <LrTrTag category={lesion.findings[t.id]?.lrTr?.category} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {effective.lesions.length === 0 && (
        <p className="hint">Add a target lesion, then draw its longest viable diameter on the arterial phase.</p>
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
  if (!category) return null;
  return (
    <span className={`lr-tr-tag lr-tr-${category}`} data-testid="lr-tr-tag" data-category={category} title={LR_TR_LABEL[category]}>
      {LR_TR_SHORT[category]}
    </span>
  );
}
