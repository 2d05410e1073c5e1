import { useMemo } from 'react';
import type { ViewportStack } from '../../viewer';
import { selectIndex, viewportCount } from '../../store';
import { useAppState, useAppStoreApi } from '../hooks';
import { STACK_DRAG_TYPE } from '../StudyBrowser';
import { PaneSeriesChooser } from './PaneSeriesChooser';
import { StackViewportPane } from './StackViewportPane';
import { useCaliperSync } from './useCaliperSync';
import { viewportStackFor } from './viewportStackFor';

/** The 1×1, 1×2 or 2×2 grid of viewports; a stack dragged from the browser drops into a pane. */
export function ViewportGrid() {
  const store = useAppStoreApi();
  useCaliperSync(store);
  const layout = useAppState((state) => state.layout);
  const stackIds = useAppState((state) => state.viewportStackIds);
  const activeIndex = useAppState((state) => state.activeViewportIndex);
  const index = useAppState(selectIndex);
  const setActiveViewport = useAppState((state) => state.setActiveViewport);
  const showStack = useAppState((state) => state.showStack);
  // One left-drag tool for all panes (toolbar and shortcuts set it).
  const activeTool = useAppState((state) => state.activeTool);
  const setActiveTool = useAppState((state) => state.setActiveTool);

  // One ViewportStack object per stack while the index stays the same, so that
  // moving a stack into one pane does not hand the other panes new arrays (and a reload).
  const cache = useMemo(() => new Map<string, ViewportStack | null>(), [index]);
  const stacks = stackIds.map((stackId): ViewportStack | null => {
    if (!stackId) return null;
    if (!cache.has(stackId)) cache.set(stackId, viewportStackFor(store.getState(), stackId));
    return cache.get(stackId) ?? null;
  });

  return (
    <div className={`viewport-grid layout-${layout}`} data-testid="viewport-grid" data-layout={layout}>
      {stacks.slice(0, viewportCount(layout)).map((stack, i) => (
        <div
          key={i}
          className="viewport-cell"
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(STACK_DRAG_TYPE)) event.preventDefault();
          }}
          onDrop={(event) => {
            const stackId = event.dataTransfer.getData(STACK_DRAG_TYPE);
            if (!stackId) return;
            event.preventDefault();
            event.stopPropagation(); // not a file drop for the window
            showStack(i, stackId);
          }}
        >
          <StackViewportPane
            viewportId={`vp-${i}`}
            stack={stack}
            isActive={i === activeIndex}
            onActivate={() => setActiveViewport(i)}
            activeTool={activeTool}
            onToolChange={setActiveTool}
          />
          {layout !== '1x1' && <PaneSeriesChooser paneIndex={i} stackId={stackIds[i] ?? null} />}
        </div>
      ))}
    </div>
  );
}
