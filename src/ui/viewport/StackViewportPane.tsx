import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrimaryToolName, ViewportStack } from '../../viewer';
import { LipiodolOverlayControl } from './LipiodolOverlayControl';
import { sliceIndexForKey } from './sliceKeys';
import { useStackViewport } from './useStackViewport';
import { ViewportOverlay } from './ViewportOverlay';
import { ViewportToolbar, type DragToolName } from './ViewportToolbar';
import { TagBrowserDialog } from './TagBrowserDialog';
import { ProjectedCalipers } from './ProjectedCalipers';
import { useCine } from './useCine';
import './viewport.css';

export interface StackViewportPaneProps {
  /** Unique on the page, e.g. 'vp-0'; also the key of the test hook. */
  viewportId: string;
  stack: ViewportStack | null;
  isActive: boolean;
  onActivate: () => void;
  /** Left-drag tool shared by all panes (e.g. from the app's store); the pane keeps its own choice when omitted. */
  activeTool?: PrimaryToolName;
  onToolChange?: (tool: DragToolName) => void;
}

/**
 * One image pane: a Cornerstone stack viewport with its toolbar (drag tools,
 * window presets, cine, tag browser), overlays (text, scale bar, calipers of the
 * study's other series), slice slider and keyboard navigation. The root carries the render signal tests wait
 * on: data-render-state (idle | loading | rendered | error), data-slice-index and
 * data-image-count, updated after Cornerstone's IMAGE_RENDERED.
 */
export function StackViewportPane({ viewportId, stack, isActive, onActivate, activeTool, onToolChange }: StackViewportPaneProps) {
  const { t } = useTranslation('viewport');
  const rootRef = useRef<HTMLDivElement>(null);
  const elementRef = useRef<HTMLDivElement>(null);
  const { controller, state } = useStackViewport(viewportId, elementRef, stack?.imageIds, stack?.stackId);
  const [localTool, setLocalTool] = useState<PrimaryToolName>('WindowLevel');
  const tool = activeTool ?? localTool;
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  // Recomputed when the slice, window or camera changes under a still cursor.
  const readout = useMemo(() => (cursor && controller ? controller.readoutAt(cursor) : undefined), [cursor, controller, state]);

  const changeTool = onToolChange ?? setLocalTool;
  const cine = useCine(controller, state);
  const [tagsOf, setTagsOf] = useState<string | undefined>(undefined);
  // Recomputed on every render of the image (zoom, resize); the pane's width bounds the scale bar.
  const scale = useMemo(
    () => ({ mmPerPixel: controller?.mmPerCanvasPixel(), paneWidthPx: elementRef.current?.clientWidth ?? 0 }),
    [controller, state],
  );

  // A new controller (new pane, StrictMode remount) starts with W/L: give it the chosen tool.
  useEffect(() => controller?.setActiveTool(tool), [controller, tool]);

  const onKeyDown = (event: { key: string; preventDefault(): void }) => {
    const next = sliceIndexForKey(event.key, state.targetIndex, state.imageCount);
    if (next === undefined || !controller) return;
    event.preventDefault(); // PageUp/Down and arrows would otherwise scroll the page
    controller.scrollToIndex(next);
  };
  const onKeyDownRef = useRef(onKeyDown);
  useEffect(() => {
    onKeyDownRef.current = onKeyDown;
  });

  useEffect(() => {
    if (!isActive) return;
    // The active pane also takes slice keys when nothing has focus (e.g. after a
    // click on empty space); never when an input, button or another pane has it.
    const onWindowKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.target === document.body || event.target === document.documentElement) onKeyDownRef.current(event);
    };
    window.addEventListener('keydown', onWindowKeyDown);
    return () => window.removeEventListener('keydown', onWindowKeyDown);
  }, [isActive]);

  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    setCursor([event.clientX - rect.left, event.clientY - rect.top]);
  };

  return (
    <>
      <div
        ref={rootRef}
        className={`viewport-pane${isActive ? ' active' : ''}`}
        data-testid="viewport-pane"
        data-viewport-id={viewportId}
        data-stack-id={stack?.stackId}
        data-render-state={state.renderState}
        data-slice-index={state.sliceIndex}
        data-image-count={state.imageCount}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDownCapture={() => {
          // Cornerstone's mouse handling prevents default focus; keyboard scrolling needs it.
          rootRef.current?.focus({ preventScroll: true });
          if (!isActive) onActivate();
        }}
      >
        {/* Without an image on screen there is nothing to window or fit, and Cornerstone would throw. */}
        <ViewportToolbar
          controller={state.imageId ? controller : null}
          activeTool={tool}
          onToolChange={changeTool}
          invert={state.invert}
          cine={cine}
          onShowTags={() => setTagsOf(state.imageId)}
        />
        <div className="viewport-stage">
          <div
            ref={elementRef}
            className="viewport-canvas-host"
            data-testid="viewport-element"
            onMouseMove={onMouseMove}
            onMouseLeave={() => setCursor(null)}
            onContextMenu={(event) => event.preventDefault()}
          />
          {stack && controller && <ProjectedCalipers state={state} controller={controller} />}
          {stack && <LipiodolOverlayControl controller={controller} stack={stack} />}
          {stack && <ViewportOverlay stack={stack} state={state} readout={readout} scale={scale} />}
          {!stack && <div className="viewport-message">{t('pane.noSeries')}</div>}
          {stack && state.renderState === 'error' && state.error && (
            <div className="viewport-message viewport-error" data-testid="viewport-error" role="alert">
              {t(`loadError.${state.error.code}`, state.error)}
            </div>
          )}
        </div>
        <input
          type="range"
          className="viewport-slider"
          data-testid="slice-slider"
          aria-label={t('pane.slice')}
          min={0}
          max={Math.max(0, state.imageCount - 1)}
          value={state.targetIndex}
          disabled={!controller || state.imageCount < 2}
          onChange={(event) => controller?.scrollToIndex(Number(event.target.value))}
        />
      </div>
      {/* Beside the pane, not in it: the pane's pointer and key handlers (focus, slice keys) must not get the dialog's events. */}
      {tagsOf && <TagBrowserDialog imageId={tagsOf} onClose={() => setTagsOf(undefined)} />}
    </>
  );
}
