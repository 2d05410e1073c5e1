import { useCallback, useDeferredValue, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelPacsRetrieval, cancelScan, closeAll, filesFromDataTransfer, openLocalFiles } from '../actions';
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
import { useShownAfterFirstImage } from './useShownAfterFirstImage';
import { ViewportGrid } from './viewport/ViewportGrid';
import { ComparisonBar } from './viewport/ComparisonBar';
import { AssessmentPanel } from './assessment/AssessmentPanel';
import './app.css';

const renderStackThumbnail = (stack: Stack) => <StackThumbnail stack={stack} />;

const cancelScanAndRetrieval = () => {
  cancelScan();
  cancelPacsRetrieval();
};

/** The application frame: toolbar, study browser, viewports; the start page until something is open. */
export function App() {
  const { t } = useTranslation('app');
  const store = useAppStoreApi();
  const hasImages = useAppState((state) => state.instances.length > 0);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const scanning = useAppState((state) => state.scan.status === 'scanning');
  // The workspace (panels, viewport, tools) mounts when a scan starts rather than when its
  // first images arrive: that takes a few hundred ms, which reading the first headers then
  // hides instead of adding to the first image. Deferred, so the progress bar is drawn first.
  const showWorkspace = useDeferredValue(hasImages || scanning);
  // The workspace is mounted, hidden, while the start page waits for the reader (in idle
  // time): its panels, the first pane's viewport and tool group then cost nothing at the
  // pick, where they held the first image back and made a long task in a large scan.
  // Each time the workspace is hidden again ("Close all") it is unmounted, and a fresh one is mounted at the next
  // idle moment, in a commit of its own: panes and viewports kept across closes stopped answering the pointer after
  // six open/close rounds (realDicom e2e), and a remount in the same commit reuses the panes' viewport ids.
  const [generation, setGeneration] = useState(0);
  const [shownBefore, setShownBefore] = useState(false);
  if (showWorkspace !== shownBefore) {
    setShownBefore(showWorkspace);
    if (!showWorkspace) setGeneration((was) => was + 1);
  }
  const idle = useIdleMount(generation);
  const locale = useAppState((state) => state.locale);
  useEffect(() => {
    if (idle) prepareFormatters(locale);
  }, [idle, locale]);
  const workspaceMounted = idle || showWorkspace;
  // The images first: the side panels and the header's tools join once the pick's first image is
  // painted; the panels also wait for the scan to end (a second at most), which they held back.
  const panelsShown = useShownAfterFirstImage(showWorkspace, scanning);
  const toolsShown = useShownAfterFirstImage(hasImages);
  // The same elements from render to render, so that the memoised workspace (its panes and
  // viewports) is not rendered again when the header changes, e.g. at the pick.
  const workspaceParts = useMemo(
    () => ({
      // Hidden, only the panels and panes are warmed: the side panels' contents would duplicate the start page's.
      // The skipped files and the notices stay with the workspace: the start page showed them until it was shown.
      sidebar: showWorkspace && (
        <aside className="sidebar">
          {panelsShown && <StudyBrowser renderThumbnail={renderStackThumbnail} />}
          <SkippedFilesPanel />
        </aside>
      ),
      images: <ViewportGrid />,
      assessment: panelsShown && <AssessmentPanel />,
      notice: showWorkspace && <NoticeBox />,
    }),
    [showWorkspace, panelsShown],
  );
  useEffect(() => {
    // Children's effects ran first: the panes' viewports exist. Tests and the benchmark wait on it.
    if (workspaceMounted) document.documentElement.setAttribute(WARMED_UP_ATTRIBUTE, String(Math.round(performance.now())));
  }, [workspaceMounted]);
  const [dropping, setDropping] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback((open?: boolean) => setHelpOpen((was) => open ?? !was), []);
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
      {/* One row above the images: files, scan and PACS retrieval progress, calipers, undo, layout, comparison and help share it (labels shown where there is room). */}
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
        <IconButton icon={CircleQuestionMark} label={t('header.helpLabel')} data-testid="open-shortcut-help" onClick={() => toggleHelp(true)} title={t('header.help')} />
      </header>
      <div className="app-body">
        {workspaceMounted && (
          <Workspace hidden={!showWorkspace} sidebar={workspaceParts.sidebar} images={workspaceParts.images} assessment={workspaceParts.assessment} notice={workspaceParts.notice} />
        )}
        {!showWorkspace && (
          <div className="workspace start-workspace">
            <div className="start-column">
              <NoticeBox />
              <StartPage />
              <SkippedFilesPanel />
            </div>
            {hasAssessment && <AssessmentPanel />}
          </div>
        )}
      </div>
      {helpOpen && <ShortcutHelp onClose={() => toggleHelp(false)} />}
    </div>
  );
}
