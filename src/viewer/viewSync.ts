import { Enums, type StackViewport, type Types } from '@cornerstonejs/core';
import { SynchronizerManager, synchronizers, type Synchronizer } from '@cornerstonejs/tools';
import type { PatientPointMm } from '../core';
import { alignedFocalPointMm, centresOffsetMm } from './alignedPan';
import { getRenderingEngine } from './renderingEngine';

let created = 0;

const stackViewport = (viewportId: string) => getRenderingEngine().getViewport(viewportId) as StackViewport | undefined;

/** The alignment offset from one pane's space to another's (`pointTo = pointFrom + offset`), undefined when the panes are not aligned. */
export type PaneOffsetResolver = (fromViewportId: string, toViewportId: string) => PatientPointMm | undefined;

/**
 * Cornerstone's zoom/pan synchronizer copies the zoom relative to each image's
 * fitted size, which shows series of different fields of view at different
 * scales. This one copies the camera's parallel scale (half the pane's height in
 * mm): the same millimetres per screen pixel in every pane. The pan follows the
 * alignment when the panes have one (the anatomy at the leader's centre comes to
 * the follower's centre: a copied pan would show another point of a patient lying
 * elsewhere on the table); without one, the pan is copied from image centre to
 * image centre. Always through `setCamera`: Cornerstone's CPU path reads a pan in
 * pixels but sets it in mm from the patient origin, so `setPan(getPan())` moves
 * the image there (it stayed put only on images centred on the origin).
 */
function scaleAndPanCallback(offsetBetween: PaneOffsetResolver) {
  return (_sync: Synchronizer, source: Types.IViewportId, target: Types.IViewportId): void => {
    const from = stackViewport(source.viewportId);
    const to = stackViewport(target.viewportId);
    if (!from || !to) return;
    const leader = from.getCamera();
    const follower = to.getCamera();
    const offset = offsetBetween(source.viewportId, target.viewportId) ?? centresOffset(from, to);
    if (offset && leader.focalPoint && follower.focalPoint && follower.position && follower.viewPlaneNormal) {
      const focalPoint = alignedFocalPointMm(leader.focalPoint, offset, follower.focalPoint, follower.viewPlaneNormal);
      const position = follower.position.map((v, i) => v + focalPoint[i]! - follower.focalPoint![i]!) as Types.Point3;
      to.setCamera({ parallelScale: leader.parallelScale, focalPoint: focalPoint as Types.Point3, position });
    } else {
      to.setCamera({ parallelScale: leader.parallelScale });
    }
    to.render();
  };
}

function centresOffset(from: StackViewport, to: StackViewport): PatientPointMm | undefined {
  const leader = from.getImageData();
  const follower = to.getImageData();
  return leader && follower ? centresOffsetMm(leader, follower) : undefined;
}

/**
 * Window/level and scale kept in step across the panes of a comparison, with
 * Cornerstone's synchronizers. A pane joins only once it has drawn its stack:
 * while loading, Cornerstone sets the new image's own window and a fitted
 * camera, which must not be pushed onto the panes the reader has set. On joining,
 * the pane takes the window (of a pane of its window group) and the scale of a
 * pane already in step. Windows are shared only within a window group (see
 * windowSyncGroup): a CT window pushed onto an MR pane would show noise.
 */
export class ViewSync {
  private readonly id = ++created;
  /** One VOI synchronizer per window group, made when the first pane of the group joins. */
  private readonly voi = new Map<string, Synchronizer>();
  private readonly scale: Synchronizer;
  /** Members and the window group each shares its window with (null: none). */
  private readonly members = new Map<string, string | null>();
  private windowLevel = false;
  private zoomPan = false;

  constructor(offsetBetween: PaneOffsetResolver) {
    this.scale = SynchronizerManager.createSynchronizer(`viable-scale-${this.id}`, Enums.Events.CAMERA_MODIFIED, scaleAndPanCallback(offsetBetween));
    this.setOptions(false, false);
  }

  setOptions(windowLevel: boolean, zoomPan: boolean): void {
    this.windowLevel = windowLevel;
    this.zoomPan = zoomPan;
    for (const voi of this.voi.values()) voi.setEnabled(windowLevel);
    this.scale.setEnabled(zoomPan);
  }

  isMember(viewportId: string): boolean {
    return this.members.has(viewportId);
  }

  /** The pane has drawn its stack: it takes the others' window (same group only) and scale, then shares its own. */
  join(viewportId: string, windowGroup: string | null): void {
    if (this.members.has(viewportId)) return;
    const viewport = stackViewport(viewportId);
    const members = [...this.members];
    const windowSource = windowGroup === null ? undefined : members.find(([, group]) => group === windowGroup)?.[0];
    const scaleSource = members[0]?.[0];
    if (viewport) {
      const voiRange = windowSource ? stackViewport(windowSource)?.getProperties().voiRange : undefined;
      if (this.windowLevel && voiRange) viewport.setProperties({ voiRange: { ...voiRange } });
      const scale = scaleSource ? stackViewport(scaleSource)?.getCamera().parallelScale : undefined;
      if (this.zoomPan && scale) viewport.setCamera({ parallelScale: scale });
      viewport.render();
    }
    const id = { viewportId, renderingEngineId: getRenderingEngine().id };
    if (windowGroup !== null) this.voiOf(windowGroup).add(id);
    this.scale.add(id);
    this.members.set(viewportId, windowGroup);
  }

  /** The pane is loading another stack, or gone: it neither leads nor follows until it joins again. */
  leave(viewportId: string): void {
    if (!this.members.has(viewportId)) return;
    const windowGroup = this.members.get(viewportId);
    this.members.delete(viewportId);
    const id = { viewportId, renderingEngineId: getRenderingEngine().id };
    if (windowGroup != null) this.voi.get(windowGroup)?.remove(id);
    this.scale.remove(id);
  }

  destroy(): void {
    for (const voi of this.voi.values()) SynchronizerManager.destroySynchronizer(voi.id);
    SynchronizerManager.destroySynchronizer(this.scale.id);
    this.voi.clear();
    this.members.clear();
  }

  private voiOf(windowGroup: string): Synchronizer {
    let voi = this.voi.get(windowGroup);
    if (!voi) {
      voi = synchronizers.createVOISynchronizer(`viable-voi-${this.id}-${windowGroup}`, { syncInvertState: false, syncColormap: false });
      voi.setEnabled(this.windowLevel);
      this.voi.set(windowGroup, voi);
    }
    return voi;
  }
}
