import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cancelPacsRetrieval,
  cancelScan,
  closeAll,
  filesFromDataTransfer,
  isDecodingInBackground,
  openLocalFiles,
  rehearseFirstPick,
  subscribeBackgroundDecoding,
} from '../actions';
import { selectImagesOpen } from '../store';
import type { Stack } from '../dicom';
import { CircleQuestionMark, X } from 'lucide-react';
import { prepareFormatters } from '../text';
import { useAppState, useAppStoreApi } from './hooks';
import { IconButton } from './IconButton';
import { AssessmentFilesMenu } from './AssessmentFilesMenu';
import { LanguageSwitch, useLocaleSync } from './LanguageSwitch';
import { LayoutSwitcher } from './LayoutSwitcher';
import { MeasureToolbar } from './MeasureToolbar';
import { NoticeBox } from './NoticeBox';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './useShortcuts';
import { OpenButtons } from './OpenButtons';
import { ScanProgressBar } from './ScanProgressBar';
import { PacsBar } from './pacs/PacsBar';
import { SkippedFilesPanel } from './SkippedFilesPanel';
import { StartPage } from './StartPage';
import { StudyBrowser } from './StudyBrowser';
import { StackThumbnail } from './viewport/StackThumbnail';
import { Workspace } from './Workspace';
import { useIdleMount, WARMED_UP_ATTRIBUTE } from './useIdleMount';
import { useShownAfterFirstImage, useShownAfterNextPaint } from './useShownAfterFirstImage';
import { ViewportGrid } from './viewport/ViewportGrid';
import { ComparisonBar } from './viewport/ComparisonBar';
import { AssessmentPanel } from './assessment/AssessmentPanel';
import './app.css';

const renderStackThumbnail = (stack: Stack) => <StackThumbnail stack={stack} />;

const cancelScanAndRetrieval = () => {
  cancelScan();
  cancelPacsRetrieval();
};

/**
 * The application frame: toolbar, study browser, viewports; the start page until something is open.
 * The header and the body are memoised parts with their own subscriptions, so that a store
 * change renders only the parts that read it: at a pick (the scan starting) only the progress
 * bar and the body's deferred switch render in the pick's task, which the browser's own
 * listing of the pick already made long (the whole header and start page rendering again
 * there took it 20–30 ms at 10,000 files, CPU profile).
 */
export function App() {
  const store = useAppStoreApi();
  const [dropping, setDropping] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback((open?: boolean) => setHelpOpen((was) => open ?? !was), []);
  const openHelp = useCallback(() => toggleHelp(true), [toggleHelp]);
  useShortcuts(store, toggleHelp);
  useLocaleSync();

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    await openLocalFiles(store, await filesFromDataTransfer(event.dataTransfer));
  };

  return (
    <div
      className={`app${dropping ? ' dropping' : ''}`}
      data-testid="app"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      <AppHeader onHelp={openHelp} />
      <AppBody />
      {helpOpen && <ShortcutHelp onClose={() => toggleHelp(false)} />}
    </div>
  );
}

/** Whether a pick is still loading: its scan runs or a pane decodes its stack in the background (what the side panels and the header's tools wait for). */
function useStillLoading(): boolean {
  const scanning = useAppState((state) => state.scan.status === 'scanning');
  const decoding = useSyncExternalStore(subscribeBackgroundDecoding, isDecodingInBackground);
  return scanning || decoding;
}

/** One row above the images: files, scan and PACS retrieval progress, calipers, undo, layout, comparison and help share it (labels shown where there is room). */
const AppHeader = memo(function AppHeader({ onHelp }: { onHelp: () => void }) {
  const { t } = useTranslation('app');
  const store = useAppStoreApi();
  const hasImages = useAppState(selectImagesOpen);
  const loading = useStillLoading();
  // Held like the side panels (see AppBody): mounted after the first image, they were React's and
  // the layout's work in the middle of a 100-slice scan (scan 293 ms against 326, all decoded
  // 433 against 457; medians of twelve alternating runs). Two painted frames after the panels'
  // hold ends, so that the study browser, the assessment panel and these each mount in a task of their own.
  const toolsShown = useShownAfterNextPaint(useShownAfterNextPaint(useShownAfterFirstImage(hasImages, loading)));
  return (
    <header className="app-header" data-testid="app-header">
      <strong className="brand">{t('brand')}</strong>
      {toolsShown && <OpenButtons showDemo={false} />}
      {toolsShown && <IconButton icon={X} label={t('header.closeAll')} data-testid="close-all" onClick={() => closeAll(store)} title={t('header.closeAllTitle')} />}
      <ScanProgressBar onCancel={cancelScanAndRetrieval} />
      <PacsBar />
      <AssessmentFilesMenu />
      {toolsShown && <MeasureToolbar />}
      <LayoutSwitcher />
      {toolsShown && <ComparisonBar />}
      {!hasImages && <LanguageSwitch />}
      <IconButton icon={CircleQuestionMark} label={t('header.helpLabel')} data-testid="open-shortcut-help" onClick={onHelp} title={t('header.help')} />
    </header>
  );
});

/** The workspace once something is open (mounted hidden ahead of that), the start page until then. */
const AppBody = memo(function AppBody() {
  const store = useAppStoreApi();
  const hasImages = useAppState((state) => state.instances.length > 0);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const scanning = useAppState((state) => state.scan.status === 'scanning');
  const rehearsal = useAppState((state) => state.rehearsal);
  // The workspace (panels, viewport, tools) mounts when a scan starts rather than when its
  // first images arrive: that takes a few hundred ms, which reading the first headers then
  // hides instead of adding to the first image. Deferred, so the progress bar is drawn first.
  // A rehearsal (see rehearseFirstPick) fills the workspace but leaves it hidden.
  const filled = useDeferredValue(hasImages || scanning);
  const showWorkspace = useDeferredValue((hasImages || scanning) && rehearsal !== 'running');
  // The workspace is mounted, hidden, while the start page waits for the reader (in idle
  // time): its panels, the first pane's viewport and tool group then cost nothing at the
  // pick, where they held the first image back and made a long task in a large scan.
  // Each time the workspace is hidden again ("Close all") it is unmounted, and a fresh one is mounted at the next
  // idle moment, in a commit of its own: panes and viewports kept across closes stopped answering the pointer after
  // six open/close rounds (realDicom e2e), and a remount in the same commit reuses the panes' viewport ids.
  // A rehearsal's end is such a close too: the reader's first pick gets a workspace of its own.
  const [generation, setGeneration] = useState(0);
  const [filledBefore, setFilledBefore] = useState(false);
  if (filled !== filledBefore) {
    setFilledBefore(filled);
    if (!filled) setGeneration((was) => was + 1);
  }
  const idle = useIdleMount(generation);
  const locale = useAppState((state) => state.locale);
  useEffect(() => {
    if (idle) prepareFormatters(locale);
  }, [idle, locale]);
  const workspaceMounted = idle || filled;
  // The images first: the side panels (and after them the header's tools) join once the pick's
  // first image is painted, the scan has ended and the pane has decoded its stack (a second after
  // that image at most): mounted while either ran, they held the rest back (a 100-slice folder
  // decoded in 492 ms against 543 with the panels mounted at the scan's end; medians of four).
  const loading = useStillLoading();
  const panelsShown = useShownAfterFirstImage(filled, loading);
  // The assessment panel a frame after the study browser: mounted together, with the garbage
  // collection their allocations brought on, they made a task of 60–110 ms in a 10,000-file scan.
  const assessmentShown = useShownAfterNextPaint(panelsShown);
  // The same elements from render to render, so that the memoised workspace (its panes and
  // viewports) is not rendered again when the body renders for another reason, e.g. at the pick.
  const workspaceParts = useMemo(
    () => ({
      // Hidden, only the panels and panes are warmed (and filled by a rehearsal): the skipped files and the notices
      // stay with the start page until the workspace is shown, they would be there twice.
      sidebar: filled && (
        <aside className="sidebar">
          {panelsShown && <StudyBrowser renderThumbnail={renderStackThumbnail} />}
          {showWorkspace && <SkippedFilesPanel />}
        </aside>
      ),
      images: <ViewportGrid />,
      assessment: assessmentShown && <AssessmentPanel />,
      notice: showWorkspace && <NoticeBox />,
    }),
    [filled, showWorkspace, panelsShown, assessmentShown],
  );
  const rehearsalOver = rehearsal === 'over';
  useEffect(() => {
    if (workspaceMounted && rehearsal === 'waiting') void rehearseFirstPick(store);
  }, [workspaceMounted, rehearsal, store]);
  useEffect(() => {
    // Children's effects ran first: the panes' viewports exist, and the rehearsal of the first pick
    // is over (its workspace replaced by a fresh one). Tests and the benchmark wait on it.
    if (workspaceMounted && rehearsalOver && !filled) document.documentElement.setAttribute(WARMED_UP_ATTRIBUTE, String(Math.round(performance.now())));
  }, [workspaceMounted, rehearsalOver, filled]);
  return (
    <div className="app-body">
      {workspaceMounted && (
        <Workspace hidden={!showWorkspace} sidebar={workspaceParts.sidebar} images={workspaceParts.images} assessment={workspaceParts.assessment} notice={workspaceParts.notice} />
      )}
      {!showWorkspace && <StartWorkspace hasAssessment={hasAssessment} />}
    </div>
  );
});

/** The start page's column (with any notice and skipped files) and an assessment opened without images. */
const StartWorkspace = memo(function StartWorkspace({ hasAssessment }: { hasAssessment: boolean }) {
  return (
    <div className="workspace start-workspace">
      <div className="start-column">
        <NoticeBox />
        <StartPage />
        <SkippedFilesPanel />
      </div>
      {hasAssessment && <AssessmentPanel />}
    </div>
  );
});
