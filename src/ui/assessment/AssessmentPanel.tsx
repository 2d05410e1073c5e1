import { selectSortedTimepoints, selectTimepointLabels } from '../../store';
import { useAppState } from '../hooks';
import { FindingEditor } from './FindingEditor';
import { LesionEditor } from './LesionEditor';
import { LesionTable } from './LesionTable';
import { MarkerEditor } from './MarkerEditor';
import { ResponsePanel } from './ResponsePanel';
import { ResponseSummary } from './ResponseSummary';
import { TreatmentCourseEditor } from './TreatmentCourseEditor';
import './assessment.css';

/**
 * The reader's assessment beside the images: the response at a glance stays pinned
 * on top; lesions and findings, then the full response, scroll beneath it.
 */
export function AssessmentPanel() {
  const hasAssessment = useAppState((state) => state.assessment !== null);
  if (!hasAssessment) {
    return (
      <aside className="assessment-panel" data-testid="assessment-panel">
        <p className="hint">No study of this patient can be a timepoint yet (a dated CT or MR study is needed).</p>
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
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useAppState(selectTimepointLabels);
  const baseline = useAppState((state) => state.assessment?.baseline ?? selectSortedTimepoints(state)[0]?.id ?? '');
  const setBaseline = useAppState((state) => state.setBaseline);
  return (
    <label className="baseline-picker">
      Baseline
      <select data-testid="baseline-select" value={baseline} onChange={(e) => setBaseline(e.target.value)}>
        {timepoints.map((t) => (
          <option key={t.id} value={t.id}>
            {t.date} ({labels[t.id]})
          </option>
        ))}
      </select>
    </label>
  );
}
