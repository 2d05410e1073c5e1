import { ArrowDownUp, CircleCheck, CircleEqual, CircleExclamationPoint, Columns2, Grid2x2, LayoutPanelTop, Link2, Link2Off, MapPin, type LucideIcon } from 'lucide-react';
import { openComparison } from '../../actions';
import { selectComparisonAlignments, selectSortedTimepoints, selectTimepointLabels } from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';
import { IconButton } from '../IconButton';
import { alignmentStatus, alignmentText, type AlignmentStatus } from './alignmentStatus';
import { useComparisonSync } from './useComparisonSync';
import './comparison.css';

const STATUS_ICON: Record<Exclude<AlignmentStatus, 'single'>, LucideIcon> = {
  'same-frame': CircleEqual,
  aligned: CircleCheck,
  'not-aligned': CircleExclamationPoint,
};

/**
 * Longitudinal comparison controls, a group of the header's one row: open
 * baseline/prior beside the latest study (1×2), baseline, nadir, previous and
 * latest (2×2), or arterial above portal venous of prior and latest (2×2, the
 * pre/post-TACE hanging); with more than one pane, syncing, Link, landmarks and
 * the alignment as a badge. Each pane chooses its own series (PaneSeriesChooser).
 */
export function ComparisonBar() {
  const store = useAppStoreApi();
  // Always mounted: it also brings a single pane to the lesion when its series changes.
  const { pending, link } = useComparisonSync(store);
  const multiPane = useAppState((s) => s.layout !== '1x1');
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useAppState(selectTimepointLabels);
  const priorId = useAppState((s) => s.comparisonPriorId ?? '');
  const baselineId = useAppState((s) => s.assessment?.baseline ?? selectSortedTimepoints(s)[0]?.id);

  return (
    <div className="comparison-bar toolbar-group" role="toolbar" aria-label="Comparison" data-testid="comparison-bar">
      <IconButton icon={Columns2} label="Compare" data-testid="compare" onClick={() => openComparison(store, 'prior')} title="Compare: the prior beside the latest study, arterial phase, at the active lesion" />
      <IconButton icon={Grid2x2} label="Compare 2×2" data-testid="compare-2x2" onClick={() => openComparison(store, 'course')} title="Compare 2×2: baseline, nadir, previous and latest" />
      <IconButton
        icon={LayoutPanelTop}
        label="Art + PV"
        data-testid="layout-phases"
        onClick={() => openComparison(store, 'phases')}
        title="Art + PV, 2×2: arterial (top) and portal venous (bottom) of the prior (left) and the latest study (right), at the active lesion"
      />
      {timepoints.length > 2 && (
        <select
          className="compare-prior"
          data-testid="compare-prior"
          aria-label="Prior to compare"
          title="Prior to compare with the latest study"
          value={priorId}
          onChange={(e) => store.getState().setComparisonPrior(e.target.value || null)}
        >
          <option value="">{baselineId ? labels[baselineId] : 'Baseline'}</option>
          {/* Each study once: the baseline is the first option. */}
          {timepoints.slice(0, -1).filter((t) => t.id !== baselineId).map((t) => (
            <option key={t.id} value={t.id}>
              {labels[t.id]}
            </option>
          ))}
        </select>
      )}
      {multiPane && <SyncControls pending={pending} link={link} />}
    </div>
  );
}

/** What keeps the panes together: scrolling, window/level and zoom sync, Link, landmarks, and whether they are aligned. */
function SyncControls({ pending, link }: ReturnType<typeof useComparisonSync>) {
  const store = useAppStoreApi();
  const syncEnabled = useAppState((s) => s.syncEnabled);
  const syncWindowLevel = useAppState((s) => s.syncWindowLevel);
  const syncZoomPan = useAppState((s) => s.syncZoomPan);
  const landmarkMode = useAppState((s) => s.landmarkMode);
  const status = useAppState(alignmentStatus);
  const alignedText = useAppState(alignmentText);
  const hasAlignments = useAppState((s) => Object.keys(selectComparisonAlignments(s)).length > 0);
  const { setSync, setLandmarkMode, clearAlignments } = store.getState();
  const prompt = landmarkMode ? (pending ? 'Now click the same point in the other pane' : 'Click a landmark in one pane') : undefined;
  const statusText = prompt ?? alignedText;
  const StatusIcon = landmarkMode ? MapPin : status === 'single' ? undefined : STATUS_ICON[status];

  return (
    <span className="sync-controls toolbar-group" role="group" aria-label="Sync">
      <IconButton
        icon={ArrowDownUp}
        label={`Sync ${syncEnabled ? 'on' : 'off'}`}
        data-testid="sync-toggle"
        aria-pressed={syncEnabled}
        title={`Scroll the panes together: ${syncEnabled ? 'on' : 'off'}`}
        onClick={() => setSync({ syncEnabled: !syncEnabled })}
      />
      <label className="sync-check" title="Sync window/level between the panes">
        <input type="checkbox" data-testid="sync-window" checked={syncWindowLevel} onChange={(e) => setSync({ syncWindowLevel: e.target.checked })} />
        W/L
      </label>
      <label className="sync-check" title="Sync zoom and pan between the panes">
        <input type="checkbox" data-testid="sync-zoom-pan" checked={syncZoomPan} onChange={(e) => setSync({ syncZoomPan: e.target.checked })} />
        Zoom
      </label>
      <IconButton icon={Link2} label="Link" data-testid="link-panes" onClick={link} disabled={status === 'single'} title="Link: the panes show the same level, keep them together" />
      <IconButton
        icon={MapPin}
        label="Landmarks"
        data-testid="landmark-mode"
        aria-pressed={landmarkMode}
        disabled={status === 'single'}
        onClick={() => setLandmarkMode(!landmarkMode)}
        title="Landmarks: click the same anatomical point in two panes"
      />
      {hasAlignments && <IconButton icon={Link2Off} label="Unlink" data-testid="clear-alignments" onClick={clearAlignments} title="Unlink: drop the alignments" />}
      <span
        className="comparison-status"
        role="status"
        aria-label={statusText}
        title={statusText}
        data-testid="alignment-status"
        data-state={status}
        data-pending-landmark={pending ? pending.viewportId : undefined}
      >
        {StatusIcon && <StatusIcon size={16} aria-hidden="true" focusable="false" />}
        {/* The landmark prompt is an instruction, so its words show; the alignment is a badge with its words in the tooltip. */}
        {prompt && <span className="comparison-prompt">{prompt}</span>}
      </span>
    </span>
  );
}
