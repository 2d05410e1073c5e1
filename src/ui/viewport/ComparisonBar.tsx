import { openComparison } from '../../actions';
import { resolveOffset, type SeriesRef } from '../../core';
import {
  findStack,
  selectComparisonAlignments,
  selectIndex,
  selectSortedTimepoints,
  selectTimepointLabels,
  viewportCount,
  type AppState,
} from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';
import { useComparisonSync } from './useComparisonSync';
import './comparison.css';

type AlignmentStatus = 'single' | 'same-frame' | 'aligned' | 'not-aligned';

const STATUS_TEXT: Record<AlignmentStatus, string> = {
  single: '',
  'same-frame': 'Same Frame of Reference: synced by position',
  aligned: 'Aligned',
  'not-aligned': 'Not aligned: scroll both to the same level and press Link, or place landmarks',
};

/** Whether every pane can follow the active one (a string, so the selector result is stable). */
function alignmentStatus(state: AppState): AlignmentStatus {
  const index = selectIndex(state);
  const refs = state.viewportStackIds.slice(0, viewportCount(state.layout)).map((stackId): SeriesRef | undefined => {
    const stack = stackId ? findStack(index, stackId)?.stack : undefined;
    return stack && { seriesInstanceUid: stack.SeriesInstanceUID, frameOfReferenceUid: stack.FrameOfReferenceUID };
  });
  const active = refs[state.activeViewportIndex] ?? refs.find(Boolean);
  const others = refs.filter((r): r is SeriesRef => r !== undefined && r !== active);
  if (!active || others.length === 0) return 'single';
  if (others.every((r) => r.frameOfReferenceUid && r.frameOfReferenceUid === active.frameOfReferenceUid)) return 'same-frame';
  const alignments = selectComparisonAlignments(state);
  return others.every((r) => resolveOffset(alignments, active, r)) ? 'aligned' : 'not-aligned';
}

/**
 * Longitudinal comparison controls: open baseline/prior beside the latest study
 * (1×2), baseline, nadir, previous and latest (2×2), or arterial above portal
 * venous of prior and latest (2×2, the pre/post-TACE hanging), switch each pane's phase,
 * link panes of different Frames of Reference, and turn syncing on and off.
 */
export function ComparisonBar() {
  const store = useAppStoreApi();
  const { pending, link } = useComparisonSync(store);
  const syncEnabled = useAppState((s) => s.syncEnabled);
  const syncWindowLevel = useAppState((s) => s.syncWindowLevel);
  const syncZoomPan = useAppState((s) => s.syncZoomPan);
  const landmarkMode = useAppState((s) => s.landmarkMode);
  const { setSync, setLandmarkMode, clearAlignments } = store.getState();
  const layout = useAppState((s) => s.layout);
  const stackIds = useAppState((s) => s.viewportStackIds);
  const index = useAppState(selectIndex);
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useAppState(selectTimepointLabels);
  const status = useAppState(alignmentStatus);
  const hasAlignments = useAppState((s) => Object.keys(selectComparisonAlignments(s)).length > 0);
  const priorId = useAppState((s) => s.comparisonPriorId ?? '');
  const baselineId = useAppState((s) => s.assessment?.baseline ?? selectSortedTimepoints(s)[0]?.id);

  const paneStacks = stackIds.slice(0, viewportCount(layout)).map((stackId) => {
    const context = stackId ? findStack(index, stackId) : undefined;
    return { stackId, choices: context ? context.study.series.flatMap((series) => series.stacks) : [] };
  });

  return (
    <div className="comparison-bar" role="toolbar" aria-label="Comparison" data-testid="comparison-bar">
      <button data-testid="compare" onClick={() => openComparison(store, 'prior')} title="Prior beside the latest study, arterial phase, at the active lesion">
        Compare
      </button>
      <button data-testid="compare-2x2" onClick={() => openComparison(store, 'course')} title="Baseline, nadir, previous and latest">
        Compare 2×2
      </button>
      <button
        data-testid="layout-phases"
        onClick={() => openComparison(store, 'phases')}
        title="2×2: arterial (top) and portal venous (bottom) of the prior (left) and the latest study (right), at the active lesion"
      >
        Art + PV
      </button>
      {timepoints.length > 2 && (
        <select data-testid="compare-prior" aria-label="Prior to compare" value={priorId} onChange={(e) => store.getState().setComparisonPrior(e.target.value || null)}>
          <option value="">{baselineId ? labels[baselineId] : 'Baseline'}</option>
          {/* Each study once: the baseline is the first option. */}
          {timepoints.slice(0, -1).filter((t) => t.id !== baselineId).map((t) => (
            <option key={t.id} value={t.id}>
              {labels[t.id]}
            </option>
          ))}
        </select>
      )}
      {layout !== '1x1' &&
        paneStacks.map(({ stackId, choices }, i) =>
          choices.length > 1 ? (
            <select
              key={i}
              data-testid={`pane-phase-${i}`}
              aria-label={`Series in pane ${i + 1}`}
              value={stackId ?? ''}
              onChange={(e) => store.getState().showStack(i, e.target.value)}
            >
              {choices.map((stack) => (
                <option key={stack.stackId} value={stack.stackId}>
                  {i + 1}: {stack.phase.phase} {stack.label}
                </option>
              ))}
            </select>
          ) : null,
        )}
      <button data-testid="sync-toggle" aria-pressed={syncEnabled} onClick={() => setSync({ syncEnabled: !syncEnabled })}>
        Sync {syncEnabled ? 'on' : 'off'}
      </button>
      <label>
        <input type="checkbox" data-testid="sync-window" checked={syncWindowLevel} onChange={(e) => setSync({ syncWindowLevel: e.target.checked })} />
        W/L
      </label>
      <label>
        <input type="checkbox" data-testid="sync-zoom-pan" checked={syncZoomPan} onChange={(e) => setSync({ syncZoomPan: e.target.checked })} />
        Zoom/pan
      </label>
      <button data-testid="link-panes" onClick={link} disabled={status === 'single'} title="The panes show the same level: keep them together">
        Link
      </button>
      <button
        data-testid="landmark-mode"
        aria-pressed={landmarkMode}
        disabled={status === 'single'}
        onClick={() => setLandmarkMode(!landmarkMode)}
        title="Click the same anatomical point in two panes"
      >
        Landmarks
      </button>
      {hasAlignments && (
        <button data-testid="clear-alignments" onClick={clearAlignments}>
          Unlink
        </button>
      )}
      <span className="comparison-status" data-testid="alignment-status" data-state={status} data-pending-landmark={pending ? pending.viewportId : undefined}>
        {landmarkMode ? (pending ? 'Now click the same point in the other pane' : 'Click a landmark in one pane') : STATUS_TEXT[status]}
      </span>
    </div>
  );
}
