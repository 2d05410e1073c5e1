import { useTranslation } from 'react-i18next';
import { selectEvaluation } from '../../store';
import { useAppState } from '../hooks';
import { pct, sum } from './responseFormat';
import { useTimepointLabels } from '../useTimepointLabels';

/**
 * The response at a glance, pinned above the panel's scrolling part so that it stays
 * in view while measuring: the overall response of each follow-up and the best
 * overall response under the chosen criteria, then each timepoint's target sum and
 * change from baseline and nadir (the full table with reasons is further down).
 */
export function ResponseSummary() {
  const { t } = useTranslation('assessment');
  const evaluation = useAppState((state) => selectEvaluation(state));
  const labels = useTimepointLabels().short;
  if (!evaluation?.ok) return null;
  const { result } = evaluation;
  const shortLabel = (timepoint: string) => labels[timepoint] ?? timepoint;
  return (
    <div className="response-glance" data-testid="response-glance">
      <p className="response-summary" data-testid="response-summary">
        <strong>{result.criteria}</strong>
        {result.timepoints.map((row) => (
          <span key={row.timepoint}>
            {shortLabel(row.timepoint)}{' '}
            <span className={`badge badge-${row.overallResponse.replace('/', '-')}`}>{t(`category.${row.overallResponse}`)}</span>
          </span>
        ))}
        <span>
          {t('response.bestShort')}{' '}
          <span className={`badge badge-${result.bestOverallResponse.replace('/', '-')}`}>{t(`category.${result.bestOverallResponse}`)}</span>
        </span>
      </p>
      <table className="glance-table">
        <thead>
          <tr>
            <th />
            <th>{t('response.column.targetSum')}</th>
            <th>{t('response.column.vsBaseline')}</th>
            <th>{t('response.column.vsNadir')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{shortLabel(result.baseline.timepoint)}</th>
            <td>{sum(result.baseline.targetSum, result.criteria)}</td>
            <td />
            <td />
          </tr>
          {result.timepoints.map((row) => (
            <tr key={row.timepoint} data-testid="glance-row" data-timepoint-id={row.timepoint}>
              <th scope="row">{shortLabel(row.timepoint)}</th>
              <td>{sum(row.targetSum, result.criteria)}</td>
              <td>{pct(row.changeFromBaselinePct)}</td>
              <td>{pct(row.changeFromNadirPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
