import { ArrowDownUp, CircleCheck, CircleEqual, CircleExclamationPoint, Columns2, Grid2x2, LayoutPanelTop, Link2, Link2Off, MapPin, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { openComparison } from '../../actions';
import { selectComparisonAlignments, selectSortedTimepoints } from '../../store';
import { useTimepointLabels } from '../useTimepointLabels';
import { useAppState, useAppStoreApi } from '../hooks';
import { IconButton } from '../IconButton';
import { alignmentSource, alignmentStatus, SAVED_ALIGNMENT, type AlignmentStatus } from './alignmentStatus';
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
  const { t } = useTranslation('viewport');
  const store = useAppStoreApi();
  // Always mounted: it also brings a single pane to the lesion when its series changes.
  const { pending, link } = useComparisonSync(store);
  const multiPane = useAppState((s) => s.layout !== '1x1');
  const timepoints = useAppState(selectSortedTimepoints);
  const labels = useTimepointLabels().full;
  const priorId = useAppState((s) => s.comparisonPriorId ?? '');
  const baselineId = useAppState((s) => s.assessment?.baseline ?? selectSortedTimepoints(s)[0]?.id);

  return (
    <div className="comparison-bar toolbar-group" role="toolbar" aria-label={t('comparison.group')} data-testid="comparison-bar">
      <IconButton icon={Columns2} label={t('comparison.compare')} data-testid="compare" onClick={() => openComparison(store, 'prior')} title={t('comparison.compareTitle')} />
      <IconButton icon={Grid2x2} label={t('comparison.course')} data-testid="compare-2x2" onClick={() => openComparison(store, 'course')} title={t('comparison.courseTitle')} />
      <IconButton
        icon={LayoutPanelTop}
        label={t('comparison.phases')}
        data-testid="layout-phases"
        onClick={() => openComparison(store, 'phases')}
        title={t('comparison.phasesTitle')}
      />
      {timepoints.length > 2 && (
        <select
          className="compare-prior"
          data-testid="compare-prior"
          aria-label={t('comparison.prior')}
          title={t('comparison.priorTitle')}
          value={priorId}
          onChange={(e) => store.getState().setComparisonPrior(e.target.value || null)}
        >
          <option value="">{baselineId ? labels[baselineId] : t('comparison.baseline')}</option>
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
  const { t } = useTranslation('viewport');
  const store = useAppStoreApi();
  const syncEnabled = useAppState((s) => s.syncEnabled);
  const syncWindowLevel = useAppState((s) => s.syncWindowLevel);
  const syncZoomPan = useAppState((s) => s.syncZoomPan);
  const landmarkMode = useAppState((s) => s.landmarkMode);
  const status = useAppState(alignmentStatus);
  const source = useAppState(alignmentSource);
  const hasAlignments = useAppState((s) => Object.keys(selectComparisonAlignments(s)).length > 0);
  const { setSync, setLandmarkMode, clearAlignments } = store.getState();
  const prompt = landmarkMode ? (pending ? t('sync.landmarkSecond') : t('sync.landmarkFirst')) : undefined;
  const statusWords =
    status === 'single'
      ? ''
      : source === SAVED_ALIGNMENT
        ? t('sync.status.alignedSaved')
        : source
          ? t('sync.status.alignedOnLesion', { lesionId: source })
          : t(`sync.status.${status}`);
  const statusText = prompt ?? statusWords;
  const StatusIcon = landmarkMode ? MapPin : status === 'single' ? undefined : STATUS_ICON[status];

  return (
    <span className="sync-controls toolbar-group" role="group" aria-label={t('sync.group')}>
      <IconButton
        icon={ArrowDownUp}
        label={syncEnabled ? t('sync.on') : t('sync.off')}
        data-testid="sync-toggle"
        aria-pressed={syncEnabled}
        title={syncEnabled ? t('sync.scrollOn') : t('sync.scrollOff')}
        onClick={() => setSync({ syncEnabled: !syncEnabled })}
      />
      <label className="sync-check" title={t('sync.windowLevelTitle')}>
        <input type="checkbox" data-testid="sync-window" checked={syncWindowLevel} onChange={(e) => setSync({ syncWindowLevel: e.target.checked })} />
        {t('sync.windowLevel')}
      </label>
      <label className="sync-check" title={t('sync.zoomTitle')}>
        <input type="checkbox" data-testid="sync-zoom-pan" checked={syncZoomPan} onChange={(e) => setSync({ syncZoomPan: e.target.checked })} />
        {t('sync.zoom')}
      </label>
      <IconButton icon={Link2} label={t('sync.link')} data-testid="link-panes" onClick={link} disabled={status === 'single'} title={t('sync.linkTitle')} />
      <IconButton
        icon={MapPin}
        label={t('sync.landmarks')}
        data-testid="landmark-mode"
        aria-pressed={landmarkMode}
        disabled={status === 'single'}
        onClick={() => setLandmarkMode(!landmarkMode)}
        title={t('sync.landmarksTitle')}
      />
      {hasAlignments && <IconButton icon={Link2Off} label={t('sync.unlink')} data-testid="clear-alignments" onClick={clearAlignments} title={t('sync.unlinkTitle')} />}
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
