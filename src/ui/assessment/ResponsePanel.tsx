import { CRITERIA, type Criteria, type EvaluationResult } from '../../core';
import { selectEvaluation, selectTimepointLabels, type Evaluation } from '../../store';
import { messageText } from '../../text';
import { useAppState } from '../hooks';
import { measurementNoteText } from '../../text';
import { SumPlot } from './SumPlot';
import { TimelineStrip } from './TimelineStrip';
import { pct, sum } from './responseFormat';

const CRITERIA_LABEL: Record<Criteria, string> = { mRECIST: 'mRECIST', 'RECIST1.1': 'RECIST 1.1', EASL: 'EASL' };


/**
 * The engine's answer, live: per timepoint the target sum, change from baseline
 * and from the nadir, target / non-target / new / overall response with reasons;
 * best overall response; warnings; mRECIST and RECIST 1.1 side by side.
 */
export function ResponsePanel() {
  const assessment = useAppState((state) => state.assessment);
  const criteria = assessment?.criteria;
  const setCriteria = useAppState((state) => state.setCriteria);
  const evaluation = useAppState((state) => selectEvaluation(state));
  const mrecist = useAppState((state) => selectEvaluation(state, 'mRECIST'));
  const recist = useAppState((state) => selectEvaluation(state, 'RECIST1.1'));
  const labels = useAppState(selectTimepointLabels);
  if (!criteria || !evaluation) return null;

  return (
    <section className="response-panel" data-testid="response-panel" data-criteria={criteria} aria-label="Response">
      <div className="panel-title">
        <h2>Response</h2>
        <div role="group" aria-label="Criteria">
          {CRITERIA.map((c) => (
            <button key={c} data-testid={`criteria-${c}`} aria-pressed={c === criteria} onClick={() => setCriteria(c)}>
              {CRITERIA_LABEL[c]}
            </button>
          ))}
        </div>
      </div>
      <CaliperNotes evaluation={evaluation} labels={labels} />
      {assessment && (
        <TimelineStrip
          assessment={assessment}
          baselineId={evaluation.ok ? evaluation.result.baseline.timepoint : ''}
          labels={labels}
          warnings={evaluation.ok ? evaluation.result.warnings : []}
        />
      )}
      {evaluation.ok ? <ResultTable result={evaluation.result} labels={labels} /> : <InvalidAssessment errors={evaluation.errors} />}
      {mrecist?.ok && recist?.ok && <SideBySide mrecist={mrecist.result} recist={recist.result} labels={labels} />}
      {evaluation.ok && <SumPlot result={evaluation.result} labels={labels} />}
    </section>
  );
}

function ResultTable({ result, labels }: { result: EvaluationResult; labels: Record<string, string> }) {
  return (
    <>
      <p data-testid="baseline-sum">
        Baseline ({labels[result.baseline.timepoint] ?? result.baseline.timepoint}) target sum: {sum(result.baseline.targetSum, result.criteria)}
      </p>
      <table className="response-table">
        <thead>
          <tr>
            <th>Timepoint</th>
            <th>Sum</th>
            <th>vs BL</th>
            <th>vs nadir</th>
            <th>Target</th>
            <th>Non-target</th>
            <th>New</th>
            <th>Overall</th>
          </tr>
        </thead>
        <tbody>
          {result.timepoints.map((t) => (
            <tr key={t.timepoint} data-testid="response-row" data-timepoint-id={t.timepoint} data-overall={t.overallResponse}>
              <th scope="row">{labels[t.timepoint] ?? t.timepoint}</th>
              <td data-testid="response-sum">{sum(t.targetSum, result.criteria)}</td>
              <td>{pct(t.changeFromBaselinePct)}</td>
              <td>{pct(t.changeFromNadirPct)}</td>
              <td data-testid="response-target">{t.targetResponse}</td>
              <td data-testid="response-non-target">{t.nonTargetResponse}</td>
              <td data-testid="response-new">{t.newLesion ? 'yes' : 'no'}</td>
              <td>
                <span className={`badge badge-${t.overallResponse.replace('/', '-')}`} data-testid="response-overall">
                  {t.overallResponse}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="reasons" data-testid="response-reasons">
        {result.timepoints.map((t) => (
          <li key={t.timepoint}>
            <strong>{labels[t.timepoint] ?? t.timepoint}:</strong> {t.reasons.map(messageText).join('; ')}
          </li>
        ))}
      </ul>
      <p>
        Best overall response:{' '}
        <span className={`badge badge-${result.bestOverallResponse.replace('/', '-')}`} data-testid="best-overall-response">
          {result.bestOverallResponse}
        </span>
      </p>
      {result.warnings.length > 0 && (
        <ul className="warnings" data-testid="response-warnings">
          {result.warnings.map(messageText).map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CaliperNotes({ evaluation, labels }: { evaluation: Evaluation; labels: Record<string, string> }) {
  if (evaluation.notes.length === 0) return null;
  return (
    <ul className="warnings" data-testid="caliper-notes">
      {evaluation.notes.map((note) => (
        <li key={`${note.measurementId} ${note.code}`} className={note.counted ? '' : 'not-counted'}>
          ⚠ {measurementNoteText(note, labels)}
        </li>
      ))}
    </ul>
  );
}

function InvalidAssessment({ errors }: { errors: string[] }) {
  return (
    <div className="error" data-testid="assessment-errors">
      <p>Cannot evaluate yet:</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

function SideBySide({ mrecist, recist, labels }: { mrecist: EvaluationResult; recist: EvaluationResult; labels: Record<string, string> }) {
  return (
    <table className="response-compare" data-testid="response-compare">
      <thead>
        <tr>
          <th>Timepoint</th>
          <th>mRECIST</th>
          <th>RECIST 1.1</th>
        </tr>
      </thead>
      <tbody>
        {mrecist.timepoints.map((t, i) => (
          <tr key={t.timepoint} data-testid="compare-row" data-timepoint-id={t.timepoint}>
            <th scope="row">{labels[t.timepoint] ?? t.timepoint}</th>
            <td data-testid="compare-mrecist">{t.overallResponse}</td>
            <td data-testid="compare-recist">{recist.timepoints[i]?.overallResponse ?? '—'}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Best</th>
          <td data-testid="compare-mrecist-bor">{mrecist.bestOverallResponse}</td>
          <td data-testid="compare-recist-bor">{recist.bestOverallResponse}</td>
        </tr>
      </tbody>
    </table>
  );
}
