import { memo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef, type PanelImperativeHandle } from 'react-resizable-panels';

/**
 * The three columns under the toolbars: study browser, images, assessment. The
 * reader drags the separators to resize and collapses either side panel with its
 * button; the sizes are kept in localStorage between visits. The frame never
 * scrolls: each panel scrolls on its own. The notice goes under the assessment
 * panel, where it hides no image; with that panel hidden it floats at the
 * bottom left of the images. `hidden`: mounted ahead of use, laid out but unseen
 * and unreachable (see App).
 */
export const Workspace = memo(function Workspace(props: { sidebar: ReactNode; images: ReactNode; assessment: ReactNode; notice: ReactNode; hidden?: boolean }) {
  const { sidebar, images, assessment, notice, hidden = false } = props;
  const layout = useDefaultLayout({ id: 'viable-workspace', storage: localStorage, onlySaveAfterUserInteractions: true });
  const sidebarRef = usePanelRef();
  const assessmentRef = usePanelRef();
  const [collapsed, setCollapsed] = useState({ sidebar: false, assessment: false });
  const track = (side: keyof typeof collapsed) => (size: { inPixels: number }) =>
    setCollapsed((was) => (was[side] === (size.inPixels === 0) ? was : { ...was, [side]: size.inPixels === 0 }));

  return (
    // Hidden keeps its size (laid out under the start page, not display: none), so that its viewports are sized when shown.
    <div className={`workspace-frame${hidden ? ' warm-hidden' : ''}`} inert={hidden} aria-hidden={hidden || undefined}>
      <Group orientation="horizontal" className="workspace" data-testid="workspace" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
        <Panel className="workspace-panel" id="sidebar" panelRef={sidebarRef} defaultSize="240px" minSize="160px" maxSize="40%" collapsible collapsedSize="0px" onResize={track('sidebar')}>
          {sidebar}
        </Panel>
        <PanelEdge panelName="sidebar" side="left" collapsed={collapsed.sidebar} panel={sidebarRef} testId="toggle-sidebar" />
        <Panel className="workspace-panel" id="images" minSize="30%">
          <div className="images-column">
            {images}
            {collapsed.assessment && <div className="notice-over-images">{notice}</div>}
          </div>
        </Panel>
        <PanelEdge panelName="assessment" side="right" collapsed={collapsed.assessment} panel={assessmentRef} testId="toggle-assessment" />
        <Panel className="workspace-panel" id="assessment" panelRef={assessmentRef} defaultSize="460px" minSize="340px" maxSize="60%" collapsible collapsedSize="0px" onResize={track('assessment')}>
          <div className="notice-column">
            {assessment}
            {!collapsed.assessment && notice}
          </div>
        </Panel>
      </Group>
    </div>
  );
});

/** The words of each side panel's edge, by catalogue key. */
const PANEL_WORDS = {
  sidebar: { resize: 'workspace.resizeSidebar', show: 'workspace.showSidebar', hide: 'workspace.hideSidebar' },
  assessment: { resize: 'workspace.resizeAssessment', show: 'workspace.showAssessment', hide: 'workspace.hideAssessment' },
} as const;

/** The draggable separator beside a side panel, with a button that collapses or restores it. */
function PanelEdge(props: { panelName: 'sidebar' | 'assessment'; side: 'left' | 'right'; collapsed: boolean; panel: RefObject<PanelImperativeHandle | null>; testId: string }) {
  const { panelName, side, collapsed, panel, testId } = props;
  const { t } = useTranslation('app');
  const words = PANEL_WORDS[panelName];
  // The arrow points where the panel will go.
  const arrow = (side === 'left') === collapsed ? '›' : '‹';
  return (
    <Separator className="panel-separator" aria-label={t(words.resize)}>
      <button
        className="panel-toggle"
        data-testid={testId}
        aria-expanded={!collapsed}
        title={t(collapsed ? words.show : words.hide)}
        // A press on the button is not the start of a resize.
        onPointerDown={(event) => event.stopPropagation()}
        onClick={() => (collapsed ? panel.current?.expand() : panel.current?.collapse())}
      >
        {arrow}
      </button>
    </Separator>
  );
}
