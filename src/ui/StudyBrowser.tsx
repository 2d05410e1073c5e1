import type { ReactNode } from 'react';
import { memo, useMemo } from 'react';
import { excludedStudies, overrideSeriesPhase, setStudyIncluded } from '../actions';
import { selectIndex, selectSubtractionStacks, selectTimepointLabels } from '../store';
import { formatDicomDate, formatPersonName, type ContrastPhase, type NotDisplayedObject, type Stack } from '../dicom';
import { messageText } from '../text';
import { useAppState, useAppStoreApi } from './hooks';
import { SubtractionItem } from './SubtractionItem';

export const STACK_DRAG_TYPE = 'application/x-viable-stack';

const PHASES: { value: ContrastPhase; label: string }[] = [
  { value: 'non-contrast', label: 'non-contrast' },
  { value: 'arterial', label: 'arterial' },
  { value: 'portal-venous', label: 'portal venous' },
  { value: 'delayed', label: 'delayed' },
  { value: 'unknown', label: 'unknown' },
];

/**
 * Patients → studies (oldest first) → series and their stacks; click or drag a stack into a viewport.
 * `renderThumbnail` draws a stack's picture (the viewer lives outside `ui/`, so the app passes it in).
 */
export function StudyBrowser({ renderThumbnail }: { renderThumbnail?: (stack: Stack) => ReactNode }) {
  const index = useAppState(selectIndex);
  const subtractions = useAppState(selectSubtractionStacks);
  const shownStackIds = useAppState((state) => state.viewportStackIds);
  const store = useAppStoreApi();
  const timepoints = useAppState((state) => state.assessment?.timepoints);
  const labels = useAppState(selectTimepointLabels);
  const studyChoices = useAppState((state) => state.studyChoices);
  const leftOut = useMemo(
    () => new Map([...excludedStudies(store)].map(([uid, reason]) => [uid, messageText(reason)])),
    [store, index, studyChoices, timepoints],
  );
  const skippedFiles = useAppState((state) => state.skippedFiles);
  const notDisplayed = useMemo(() => skippedFiles.flatMap((file) => (file.notDisplayed ? [{ path: file.path, object: file.notDisplayed }] : [])), [skippedFiles]);
  const studiesShown = new Set(index.patients.flatMap((patient) => patient.studies.map((study) => study.StudyInstanceUID)));
  const inOtherStudies = notDisplayed.filter((entry) => !studiesShown.has(entry.object.StudyInstanceUID));

  return (
    <nav className="study-browser" data-testid="study-browser" aria-label="Studies">
      {index.patients.map((patient) => (
        <section key={patient.patientKey} data-testid="patient-item" data-patient-id={patient.PatientID ?? ''}>
          <h2 className="patient-name">
            {formatPersonName(patient.PatientName) || '(no name)'} <small>{patient.PatientID}</small>
          </h2>
          {patient.studies.map((study) => (
            <section
              key={study.StudyInstanceUID}
              className="study"
              data-testid="study-item"
              data-study-date={formatDicomDate(study.StudyDate)}
            >
              <h3>
                {formatDicomDate(study.StudyDate)} · {study.StudyDescription || '(no description)'}{' '}
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
          <h3>Studies with nothing to display</h3>
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

const NOT_DISPLAYED_KIND: Record<NotDisplayedObject['kind'], string> = { segmentation: 'segmentation', dose: 'dose' };

/** A segmentation or RT dose of a study: listed so the reader knows it is there, though the viewer does not draw it. */
function NotDisplayedItem({ path, object, withStudy = false }: { path: string; object: NotDisplayedObject; withStudy?: boolean }) {
  const study = `${formatPersonName(object.PatientName) || '(no name)'} · ${formatDicomDate(object.StudyDate)} · ${object.StudyDescription || '(no description)'}`;
  return (
    <li className="series-item not-displayed" data-testid="not-displayed-item" data-kind={object.kind} title={path}>
      <span className="series-label">{object.SeriesDescription || object.Modality || path}</span>
      <span className="series-meta">
        not displayed: {NOT_DISPLAYED_KIND[object.kind]}
        {withStudy ? ` · ${study}` : ''}
      </span>
    </li>
  );
}

/** Whether a study is a timepoint of the assessment (its label) or left out (why); the reader can switch. */
function StudyInclusion(props: { timepointLabel: string | undefined; leftOutReason: string | undefined; onChange: (included: boolean) => void }) {
  const included = props.timepointLabel !== undefined;
  return (
    <label className="study-inclusion" title={props.leftOutReason ?? 'Part of the assessment'}>
      <input type="checkbox" data-testid="study-included" checked={included} onChange={(e) => props.onChange(e.target.checked)} />
      {included ? <span data-testid="study-timepoint">{props.timepointLabel}</span> : <span className="hint">not in assessment: {props.leftOutReason}</span>}
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
      <button className="series-open" onClick={() => showInActivePane(store, stack.stackId)} title="Show in the active viewport (or drag onto a viewport)">
        {renderThumbnail?.(stack)}
        <span className="series-label">{stack.label}</span>
        <span className="series-meta">
          {stack.Modality} · {stack.frameCount} image{stack.frameCount === 1 ? '' : 's'}
          {stack.calibration === 'none' ? ' · no calibration' : ''}
        </span>
      </button>
      <label className={`phase-badge phase-${stack.phase.phase}`} title={`Phase inferred from: ${stack.phase.source}`}>
        <span className="visually-hidden">Contrast phase</span>
        <select
          data-testid="phase-select"
          value={stack.phase.phase}
          onChange={(event) => overrideSeriesPhase(store, stack.stackId, event.target.value as ContrastPhase)}
        >
          {PHASES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <small className="phase-source" data-testid="phase-source">
          {stack.phase.source}
        </small>
      </label>
    </li>
  );
});
