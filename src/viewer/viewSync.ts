import { Enums, type StackViewport, type Types } from '@cornerstonejs/core';
import { SynchronizerManager, synchronizers, type Synchronizer } from '@cornerstonejs/tools';
import { getRenderingEngine } from './renderingEngine';

let created = 0;

const stackViewport = (id: Types.IViewportId) => getRenderingEngine().getViewport(id.viewportId) as StackViewport | undefined;

/**
 * Cornerstone's zoom/pan synchronizer copies the zoom relative to each image's
 * fitted size, which shows series of different fields of view at different
 * scales. This one copies the camera's parallel scale (half the pane's height in
 * mm) and the pan: the same millimetres per screen pixel in every pane.
 */
function scaleAndPanCallback(_sync: Synchronizer, source: Types.IViewportId, target: Types.IViewportId): void {
  const from = stackViewport(source);
  const to = stackViewport(target);
  if (!from || !to) return;
  to.setCamera({ parallelScale: from.getCamera().parallelScale });
  to.setPan(from.getPan());
  to.render();
}

/**
 * Window/level and scale kept in step across the panes of a comparison, with
 * Cornerstone's synchronizers. A pane joins only once it has drawn its stack:
 * while loading, Cornerstone sets the new image's own window and a fitted
 * camera, which must not be pushed onto the panes the reader has set. On joining,
 * the pane takes the window and scale of a pane already in step.
 */
export class ViewSync {
  private readonly voi: Synchronizer;
  private readonly scale: Synchronizer;
  private readonly members = new Set<string>();
  private windowLevel = false;
  private zoomPan = false;

  constructor() {
    created += 1;
    this.voi = synchronizers.createVOISynchronizer(`viable-voi-${created}`, { syncInvertState: false, syncColormap: false });
    this.scale = SynchronizerManager.createSynchronizer(`viable-scale-${created}`, Enums.Events.CAMERA_MODIFIED, scaleAndPanCallback);
    this.setOptions(false, false);
  }

  setOptions(windowLevel: boolean, zoomPan: boolean): void {
    this.windowLevel = windowLevel;
    this.zoomPan = zoomPan;
    this.voi.setEnabled(windowLevel);
    this.scale.setEnabled(zoomPan);
  }

  isMember(viewportId: string): boolean {
    return this.members.has(viewportId);
  }

  /** The pane has drawn its stack: it takes the others' window and scale, then shares its own. */
  join(viewportId: string, preferredSourceId?: string): void {
    if (this.members.has(viewportId)) return;
    const viewport = stackViewport({ viewportId, renderingEngineId: getRenderingEngine().id });
    const sourceId = preferredSourceId && this.members.has(preferredSourceId) ? preferredSourceId : [...this.members][0];
    const source = sourceId ? stackViewport({ viewportId: sourceId, renderingEngineId: getRenderingEngine().id }) : undefined;
    if (viewport && source) {
      const voiRange = source.getProperties().voiRange;
      if (this.windowLevel && voiRange) viewport.setProperties({ voiRange: { ...voiRange } });
      if (this.zoomPan) viewport.setCamera({ parallelScale: source.getCamera().parallelScale });
      viewport.render();
    }
    const id = { viewportId, renderingEngineId: getRenderingEngine().id };
    this.voi.add(id);
    this.scale.add(id);
    this.members.add(viewportId);
  }

  /** The pane is loading another stack, or gone: it neither leads nor follows until it joins again. */
  leave(viewportId: string): void {
    if (!this.members.delete(viewportId)) return;
    const id = { viewportId, renderingEngineId: getRenderingEngine().id };
    this.voi.remove(id);
    this.scale.remove(id);
  }

  destroy(): void {
    SynchronizerManager.destroySynchronizer(this.voi.id);
    SynchronizerManager.destroySynchronizer(this.scale.id);
    this.members.clear();
  }
}
