import type { ReactNode } from 'react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { excludedStudies, overrideSeriesPhase, setStudyIncluded } from '../actions';
import { selectIndex, selectSubtractionStacks } from '../store';
import { formatDicomDate, formatPersonName, type ContrastPhase, type NotDisplayedObject, type Stack } from '../dicom';
import { catalogueFor, phaseSourceText, renderMessage } from '../text';
import { useAppState, useAppStoreApi } from './hooks';
import { useTimepointLabels } from './useTimepointLabels';
import { SubtractionItem } from './SubtractionItem';

export const STACK_DRAG_TYPE = 'application/x-viable-stack';

/** The phases a reader may set, in the order of the contrast timeline. */
const PHASES: readonly ContrastPhase[] = ['non-contrast', 'arterial', 'portal-venous', 'delayed', 'unknown'];

/**
 * Patients → studies (oldest first) → series and their stacks; click or drag a stack into a viewport.
 * `renderThumbnail` draws a stack's picture (the viewer lives outside `ui/`, so the app passes it in).
 */
export function StudyBrowser({ renderThumbnail }: { renderThumbnail?: (stack: Stack) => ReactNode }) {
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const index = useAppState(selectIndex);
  const subtractions = useAppState(selectSubtractionStacks);
  const shownStackIds = useAppState((state) => state.viewportStackIds);
  const store = useAppStoreApi();
  const timepoints = useAppState((state) => state.assessment?.timepoints);
  const labels = useTimepointLabels().full;
  const studyChoices = useAppState((state) => state.studyChoices);
  const leftOut = useMemo(
    () => new Map([...excludedStudies(store)].map(([uid, reason]) => [uid, renderMessage(reason, catalogueFor(locale))])),
    [store, index, studyChoices, timepoints, locale],
  );
  const skippedFiles = useAppState((state) => state.skippedFiles);
  const notDisplayed = useMemo(() => skippedFiles.flatMap((file) => (file.notDisplayed ? [{ path: file.path, object: file.notDisplayed }] : [])), [skippedFiles]);
  const studiesShown = new Set(index.patients.flatMap((patient) => patient.studies.map((study) => study.StudyInstanceUID)));
  const inOtherStudies = notDisplayed.filter((entry) => !studiesShown.has(entry.object.StudyInstanceUID));

  return (
    <nav className="study-browser" data-testid="study-browser" aria-label={t('studyBrowser.label')}>
      {index.patients.map((patient) => (
        <section key={patient.patientKey} data-testid="patient-item" data-patient-id={patient.PatientID ?? ''}>
          <h2 className="patient-name">
            {formatPersonName(patient.PatientName) || t('studyBrowser.noName')} <small>{patient.PatientID}</small>
          </h2>
          {patient.studies.map((study) => (
            <section
              key={study.StudyInstanceUID}
              className="study"
              data-testid="study-item"
              data-study-date={formatDicomDate(study.StudyDate)}
            >
              <h3>
                {formatDicomDate(study.StudyDate)} · {study.StudyDescription || t('studyBrowser.noDescription')}{' '}
                <small>{[...new Set(study.series.map((s) => s.Modality))].join('/')}</small>
              </h3>
              {timepoints && (
                <StudyInclusion
                  timepointLabel={labels[timepoints.find((t) => t.studyInstanceUid === study.StudyInstanceUID)?.id ?? '']}
                  leftOutReason={leftOut.get(study.StudyInstanceUID)}
                  onChange={(included) => setStudyIncluded(store, study.StudyInstanceUID, included)}
                />
              )}
              <ul>
                {study.series.flatMap((series) =>
                  series.stacks.map((stack) => (
                    <StackItem
                      key={stack.stackId}
                      stack={stack}
                      studyDate={formatDicomDate(study.StudyDate)}
                      seriesDescription={series.SeriesDescription ?? ''}
                      shown={shownStackIds.includes(stack.stackId)}
                      renderThumbnail={renderThumbnail}
                    />
                  )),
                )}
                {subtractions
                  .filter((subtraction) => subtraction.arterial.study.StudyInstanceUID === study.StudyInstanceUID)
                  .map((subtraction) => (
                    <SubtractionItem key={subtraction.stackId} subtraction={subtraction} shown={shownStackIds.includes(subtraction.stackId)} onOpen={() => showInActivePane(store, subtraction.stackId)} />
                  ))}
                {notDisplayed
                  .filter((entry) => entry.object.StudyInstanceUID === study.StudyInstanceUID)
                  .map((entry) => (
                    <NotDisplayedItem key={entry.path} path={entry.path} object={entry.object} />
                  ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {inOtherStudies.length > 0 && (
        <section className="study" data-testid="not-displayed-studies">
          <h3>{t('studyBrowser.nothingToDisplay')}</h3>
          <ul>
            {inOtherStudies.map((entry) => (
              <NotDisplayedItem key={entry.path} path={entry.path} object={entry.object} withStudy />
            ))}
          </ul>
        </section>
      )}
    </nav>
  );
}

/** A segmentation or RT dose of a study: listed so the reader knows it is there, though the viewer does not draw it. */
function NotDisplayedItem({ path, object, withStudy = false }: { path: string; object: NotDisplayedObject; withStudy?: boolean }) {
  const { t } = useTranslation('app');
  const study = `${formatPersonName(object.PatientName) || t('studyBrowser.noName')} · ${formatDicomDate(object.StudyDate)} · ${object.StudyDescription || t('studyBrowser.noDescription')}`;
  return (
    <li className="series-item not-displayed" data-testid="not-displayed-item" data-kind={object.kind} title={path}>
      <span className="series-label">{object.SeriesDescription || object.Modality || path}</span>
      <span className="series-meta">
        {t('studyBrowser.notDisplayed', { kind: t(`studyBrowser.notDisplayedKind.${object.kind}`) })}
        {withStudy ? ` · ${study}` : ''}
      </span>
    </li>
  );
}

/** Whether a study is a timepoint of the assessment (its label) or left out (why); the reader can switch. */
function StudyInclusion(props: { timepointLabel: string | undefined; leftOutReason: string | undefined; onChange: (included: boolean) => void }) {
  const { t } = useTranslation('app');
  const included = props.timepointLabel !== undefined;
  return (
    <label className="study-inclusion" title={props.leftOutReason ?? t('studyBrowser.inAssessment')}>
      <input type="checkbox" data-testid="study-included" checked={included} onChange={(e) => props.onChange(e.target.checked)} />
      {included ? <span data-testid="study-timepoint">{props.timepointLabel}</span> : <span className="hint">{t('studyBrowser.notInAssessment', { reason: props.leftOutReason })}</span>}
    </label>
  );
}

/** Shows a stack in the viewport that is active when the reader clicks, not when the row was drawn. */
function showInActivePane(store: ReturnType<typeof useAppStoreApi>, stackId: string): void {
  const state = store.getState();
  state.showStack(state.activeViewportIndex, stackId);
}

interface StackItemProps {
  stack: Stack;
  studyDate: string;
  seriesDescription: string;
  shown: boolean;
  renderThumbnail?: (stack: Stack) => ReactNode;
}

/**
 * One stack's row. Memoised on its props, which keep their identity while the stack is
 * unchanged (the index rebuilds only the series a scan's batch touched), so a growing
 * scan redraws only the rows that grew.
 */
const StackItem = memo(function StackItem({ stack, studyDate, seriesDescription, shown, renderThumbnail }: StackItemProps) {
  const { t } = useTranslation(['app', 'common']);
  const locale = useAppState((state) => state.locale);
  const store = useAppStoreApi();
  return (
    <li
      className={`series-item${shown ? ' shown' : ''}`}
      data-testid="series-item"
      data-stack-id={stack.stackId}
      data-series-description={seriesDescription}
      data-study-date={studyDate}
      data-phase={stack.phase.phase}
      draggable
      onDragStart={(event) => event.dataTransfer.setData(STACK_DRAG_TYPE, stack.stackId)}
    >
      <button className="series-open" onClick={() => showInActivePane(store, stack.stackId)} title={t('studyBrowser.showStack')}>
        {renderThumbnail?.(stack)}
        <span className="series-label">{stack.label}</span>
        <span className="series-meta">
          {stack.Modality} · {t('studyBrowser.images', { count: stack.frameCount })}
          {stack.calibration === 'none' ? t('studyBrowser.noCalibration') : ''}
        </span>
      </button>
      <label className={`phase-badge phase-${stack.phase.phase}`} title={t('studyBrowser.phaseFrom', { source: phaseSourceText(stack.phase.source, locale) })}>
        <span className="visually-hidden">{t('studyBrowser.contrastPhase')}</span>
        <select
          data-testid="phase-select"
          value={stack.phase.phase}
          onChange={(event) => overrideSeriesPhase(store, stack.stackId, event.target.value as ContrastPhase)}
        >
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {phase === 'unknown' ? t('studyBrowser.phaseUnknown') : t(`common:phase.${phase}`)}
            </option>
          ))}
        </select>
        <small className="phase-source" data-testid="phase-source">
          {phaseSourceText(stack.phase.source, locale)}
        </small>
      </label>
    </li>
  );
});
