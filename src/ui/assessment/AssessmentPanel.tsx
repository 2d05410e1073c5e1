import { useTranslation } from 'react-i18next';
import { selectSortedTimepoints } from '../../store';
import { formatDate } from '../../text';
import { useAppState } from '../hooks';
import { FindingEditor } from './FindingEditor';
import { LesionEditor } from './LesionEditor';
import { LesionTable } from './LesionTable';
import { MarkerEditor } from './MarkerEditor';
import { ResponsePanel } from './ResponsePanel';
import { ResponseSummary } from './ResponseSummary';
import { TreatmentCourseEditor } from './TreatmentCourseEditor';
import { useLocale, useTimepointLabels } from '../useTimepointLabels';
import './assessment.css';

/**
 * The reader's assessment beside the images: the response at a glance stays pinned
 * on top; lesions and findings, then the full response, scroll beneath it.
 */
export function AssessmentPanel() {
  const { t } = useTranslation('assessment');
  const hasAssessment = useAppState((state) => state.assessment !== null);
  if (!hasAssessment) {
    return (
      <aside className="assessment-panel" data-testid="assessment-panel">
        <p className="hint">{t('panel.noTimepoint')}</p>
      </aside>
    );
  }
  return (
    <aside className="assessment-panel pinned-top" data-testid="assessment-panel">
      <div className="assessment-pinned">
        <BaselinePicker />
        <ResponseSummary />
      </div>
      <div className="assessment-scroll" data-testid="assessment-scroll">
        <LesionTable />
        <LesionEditor />
        <FindingEditor />
        <ResponsePanel />
        <TreatmentCourseEditor />
        <MarkerEditor />
      </div>
    </aside>
  );
}

function BaselinePicker() {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useTimepointLabels().full;
  const baseline = useAppState((state) => state.assessment?.baseline ?? selectSortedTimepoints(state)[0]?.id ?? '');
  const setBaseline = useAppState((state) => state.setBaseline);
  return (
    <label className="baseline-picker">
      {t('panel.baseline')}
      <select data-testid="baseline-select" value={baseline} onChange={(e) => setBaseline(e.target.value)}>
        {timepoints.map((timepoint) => (
          <option key={timepoint.id} value={timepoint.id}>
            {t('panel.baselineOption', { date: formatDate(timepoint.date, locale), label: labels[timepoint.id] })}
          </option>
        ))}
      </select>
    </label>
  );
}
