import { selectEvaluation, selectTimepointLabels } from '../../store';
import { useAppState } from '../hooks';
import { pct, sum } from './responseFormat';

/**
 * The response at a glance, pinned above the panel's scrolling part so that it stays
 * in view while measuring: the overall response of each follow-up and the best
 * overall response under the chosen criteria, then each timepoint's target sum and
 * change from baseline and nadir (the full table with reasons is further down).
 */
export function ResponseSummary() {
  const evaluation = useAppState((state) => selectEvaluation(state));
  const labels = useAppState(selectTimepointLabels);
  if (!evaluation?.ok) return null;
  const { result } = evaluation;
  const shortLabel = (timepoint: string) => labels[timepoint]?.split(' ')[0] ?? timepoint;
  return (
    <div className="response-glance" data-testid="response-glance">
      <p className="response-summary" data-testid="response-summary">
        <strong>{result.criteria}</strong>
        {result.timepoints.map((t) => (
          <span key={t.timepoint}>
            {shortLabel(t.timepoint)}{' '}
            <span className={`badge badge-${t.overallResponse.replace('/', '-')}`}>{t.overallResponse}</span>
          </span>
        ))}
        <span>
          best <span className={`badge badge-${result.bestOverallResponse.replace('/', '-')}`}>{result.bestOverallResponse}</span>
        </span>
      </p>
      <table className="glance-table">
        <thead>
          <tr>
            <th />
            <th>Target sum</th>
            <th>vs BL</th>
            <th>vs nadir</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{shortLabel(result.baseline.timepoint)}</th>
            <td>{sum(result.baseline.targetSum, result.criteria)}</td>
            <td />
            <td />
          </tr>
          {result.timepoints.map((t) => (
            <tr key={t.timepoint} data-testid="glance-row" data-timepoint-id={t.timepoint}>
              <th scope="row">{shortLabel(t.timepoint)}</th>
              <td>{sum(t.targetSum, result.criteria)}</td>
              <td>{pct(t.changeFromBaselinePct)}</td>
              <td>{pct(t.changeFromNadirPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
