import { useTranslation } from 'react-i18next';
import { CRITERIA, type Criteria, type EvaluationResult } from '../../core';
import { selectEvaluation, type Evaluation } from '../../store';
import { catalogueFor, measurementNoteText, renderMessage } from '../../text';
import { useAppState } from '../hooks';
import { SumPlot } from './SumPlot';
import { TimelineStrip } from './TimelineStrip';
import { pct, sum } from './responseFormat';
import { useLocale, useTimepointLabels } from '../useTimepointLabels';

/** Criteria names are the same in every language. */
const CRITERIA_LABEL: Record<Criteria, string> = { mRECIST: 'mRECIST', 'RECIST1.1': 'RECIST 1.1', EASL: 'EASL' };

/**
 * The engine's answer, live: per timepoint the target sum, change from baseline
 * and from the nadir, target / non-target / new / overall response with reasons;
 * best overall response; warnings; mRECIST and RECIST 1.1 side by side.
 */
export function ResponsePanel() {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const assessment = useAppState((state) => state.assessment);
  const criteria = assessment?.criteria;
  const setCriteria = useAppState((state) => state.setCriteria);
  const evaluation = useAppState((state) => selectEvaluation(state));
  const mrecist = useAppState((state) => selectEvaluation(state, 'mRECIST'));
  const recist = useAppState((state) => selectEvaluation(state, 'RECIST1.1'));
  const labels = useTimepointLabels();
  if (!criteria || !evaluation) return null;

  return (
    <section className="response-panel" data-testid="response-panel" data-criteria={criteria} aria-label={t('response.title')}>
      <div className="panel-title">
        <h2>{t('response.title')}</h2>
        <div role="group" aria-label={t('response.criteria')}>
          {CRITERIA.map((c) => (
            <button key={c} data-testid={`criteria-${c}`} aria-pressed={c === criteria} onClick={() => setCriteria(c)}>
              {CRITERIA_LABEL[c]}
            </button>
          ))}
        </div>
      </div>
      <CaliperNotes evaluation={evaluation} labels={labels.full} />
      {assessment && (
        <TimelineStrip
          assessment={assessment}
          baselineId={evaluation.ok ? evaluation.result.baseline.timepoint : ''}
          labels={labels}
          warnings={evaluation.ok ? evaluation.result.warnings : []}
          locale={locale}
        />
      )}
      {evaluation.ok ? <ResultTable result={evaluation.result} labels={labels.full} /> : <InvalidAssessment errors={evaluation.errors} />}
      {mrecist?.ok && recist?.ok && <SideBySide mrecist={mrecist.result} recist={recist.result} labels={labels.full} />}
      {evaluation.ok && <SumPlot result={evaluation.result} labels={labels.short} />}
    </section>
  );
}

function ResultTable({ result, labels }: { result: EvaluationResult; labels: Record<string, string> }) {
  const { t } = useTranslation('assessment');
  const catalogue = catalogueFor(useLocale());
  const say = (message: Parameters<typeof renderMessage>[0]) => renderMessage(message, catalogue);
  return (
    <>
      <p data-testid="baseline-sum">
        {t('response.baselineSum', {
          timepoint: labels[result.baseline.timepoint] ?? result.baseline.timepoint,
          sum: sum(result.baseline.targetSum, result.criteria),
        })}
      </p>
      <table className="response-table">
        <thead>
          <tr>
            <th>{t('response.column.timepoint')}</th>
            <th>{t('response.column.sum')}</th>
            <th>{t('response.column.vsBaseline')}</th>
            <th>{t('response.column.vsNadir')}</th>
            <th>{t('response.column.target')}</th>
            <th>{t('response.column.nonTarget')}</th>
            <th>{t('response.column.new')}</th>
            <th>{t('response.column.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {result.timepoints.map((row) => (
            <tr key={row.timepoint} data-testid="response-row" data-timepoint-id={row.timepoint} data-overall={row.overallResponse}>
              <th scope="row">{labels[row.timepoint] ?? row.timepoint}</th>
              <td data-testid="response-sum">{sum(row.targetSum, result.criteria)}</td>
              <td>{pct(row.changeFromBaselinePct)}</td>
              <td>{pct(row.changeFromNadirPct)}</td>
              <td data-testid="response-target">{t(`category.${row.targetResponse}`)}</td>
              <td data-testid="response-non-target">{t(`category.${row.nonTargetResponse}`)}</td>
              <td data-testid="response-new">{row.newLesion ? t('response.yes') : t('response.no')}</td>
              <td>
                <span className={`badge badge-${row.overallResponse.replace('/', '-')}`} data-testid="response-overall">
                  {t(`category.${row.overallResponse}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="reasons" data-testid="response-reasons">
        {result.timepoints.map((row) => (
          <li key={row.timepoint}>
            <strong>{t('response.reasonsAt', { timepoint: labels[row.timepoint] ?? row.timepoint })}</strong> {row.reasons.map(say).join(t('response.reasonSeparator'))}
          </li>
        ))}
      </ul>
      <p>
        {t('response.best')}{' '}
        <span className={`badge badge-${result.bestOverallResponse.replace('/', '-')}`} data-testid="best-overall-response">
          {t(`category.${result.bestOverallResponse}`)}
        </span>
      </p>
      {result.warnings.length > 0 && (
        <ul className="warnings" data-testid="response-warnings">
          {result.warnings.map(say).map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CaliperNotes({ evaluation, labels }: { evaluation: Evaluation; labels: Record<string, string> }) {
  const locale = useLocale();
  if (evaluation.notes.length === 0) return null;
  return (
    <ul className="warnings" data-testid="caliper-notes">
      {evaluation.notes.map((note) => (
        <li key={`${note.measurementId} ${note.code}`} className={note.counted ? '' : 'not-counted'}>
          ⚠ {measurementNoteText(note, labels, locale)}
        </li>
      ))}
    </ul>
  );
}

function InvalidAssessment({ errors }: { errors: string[] }) {
  const { t } = useTranslation('assessment');
  return (
    <div className="error" data-testid="assessment-errors">
      <p>{t('response.cannotEvaluate')}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

function SideBySide({ mrecist, recist, labels }: { mrecist: EvaluationResult; recist: EvaluationResult; labels: Record<string, string> }) {
  const { t } = useTranslation('assessment');
  return (
    <table className="response-compare" data-testid="response-compare">
      <thead>
        <tr>
          <th>{t('response.column.timepoint')}</th>
          <th>{CRITERIA_LABEL.mRECIST}</th>
          <th>{CRITERIA_LABEL['RECIST1.1']}</th>
        </tr>
      </thead>
      <tbody>
        {mrecist.timepoints.map((row, i) => {
          const recistOverall = recist.timepoints[i]?.overallResponse;
          return (
            <tr key={row.timepoint} data-testid="compare-row" data-timepoint-id={row.timepoint}>
              <th scope="row">{labels[row.timepoint] ?? row.timepoint}</th>
              <td data-testid="compare-mrecist">{t(`category.${row.overallResponse}`)}</td>
              <td data-testid="compare-recist">{recistOverall ? t(`category.${recistOverall}`) : '—'}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t('response.bestRow')}</th>
          <td data-testid="compare-mrecist-bor">{t(`category.${mrecist.bestOverallResponse}`)}</td>
          <td data-testid="compare-recist-bor">{t(`category.${recist.bestOverallResponse}`)}</td>
        </tr>
      </tbody>
    </table>
  );
}
