import { selectEvaluation, selectTimepointLabels } from '../../store';
import { useAppState } from '../hooks';

/**
 * One line at the top of the panel: the overall response of each follow-up and the
 * best overall response under the chosen criteria, always in view while measuring
 * (the full table with sums and reasons is further down).
 */
export function ResponseSummary() {
  const evaluation = useAppState((state) => selectEvaluation(state));
  const labels = useAppState(selectTimepointLabels);
  if (!evaluation?.ok) return null;
  const { result } = evaluation;
  return (
    <p className="response-summary" data-testid="response-summary">
      <strong>{result.criteria}</strong>
      {result.timepoints.map((t) => (
        <span key={t.timepoint}>
          {labels[t.timepoint]?.split(' ')[0] ?? t.timepoint}{' '}
          <span className={`badge badge-${t.overallResponse.replace('/', '-')}`}>{t.overallResponse}</span>
        </span>
      ))}
      <span>
        best <span className={`badge badge-${result.bestOverallResponse.replace('/', '-')}`}>{result.bestOverallResponse}</span>
      </span>
    </p>
  );
}
