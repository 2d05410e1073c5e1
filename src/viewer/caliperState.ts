import { eventTarget, type Types as CoreTypes } from '@cornerstonejs/core';
import { annotation as annotationApi, Enums as ToolEnums, utilities as toolUtilities, type Types as ToolTypes } from '@cornerstonejs/tools';
import type { Measurement } from '../core';
import type { Locale } from '../text';
import { annotationFromCaliper, caliperFromAnnotation, pointsDiffer, type CaliperDraft, type CaliperPlacement } from './caliperAnnotations';
import { kindOfTool } from './caliperKinds';
import { ACTIVE_LESION_STYLE, setCaliperLabelLocale } from './caliperTools';
import { getRenderingEngine } from './renderingEngine';

/** No style of its own: the caliper's tool decides (one object, so that an unchanged style is seen as such). */
const PLAIN_STYLE = {};

type AnnotationEvent = CustomEvent<{ annotation: ToolTypes.Annotation; changeType?: string }>;

/** What the app does when the reader draws, moves or deletes a caliper in a viewport. */
export interface CaliperHandlers {
  drawn(draft: CaliperDraft): void;
  /** A caliper is being moved (many times per drag). */
  moved(draft: CaliperDraft): void;
  /** The reader let go of a caliper they moved, with its final points: one drag ends. */
  moveEnded(draft: CaliperDraft): void;
  removed(id: string): void;
  /** The reader clicked a caliper (selection changed); the ids of the selected calipers. */
  selected(ids: string[]): void;
}

/**
 * Turns Cornerstone's annotation events for caliper tools into app calls: the one
 * way from the viewer to the store. Returns the unsubscribe function.
 */
export function subscribeToCalipers(handlers: CaliperHandlers): () => void {
  const { ANNOTATION_COMPLETED, ANNOTATION_MODIFIED, ANNOTATION_REMOVED, ANNOTATION_SELECTION_CHANGE } = ToolEnums.Events;
  const onCompleted = (event: Event) => {
    const { annotation, changeType } = (event as AnnotationEvent).detail;
    const draft = caliperFromAnnotation(annotation);
    if (!draft) return;
    // Completed marks the end of an edit of an existing caliper (caliperTools.ts), not a new one.
    if (changeType === ToolEnums.ChangeTypes.Completed) handlers.moveEnded(draft);
    else handlers.drawn(draft);
  };
  const onModified = (event: Event) => {
    const draft = caliperFromAnnotation((event as AnnotationEvent).detail.annotation);
    if (draft) handlers.moved(draft);
  };
  const onRemoved = (event: Event) => {
    const { annotation } = (event as AnnotationEvent).detail;
    if (kindOfTool(annotation.metadata?.toolName) && annotation.annotationUID) handlers.removed(annotation.annotationUID);
  };
  const onSelection = () => handlers.selected(selectedCaliperIds());
  eventTarget.addEventListener(ANNOTATION_COMPLETED, onCompleted);
  eventTarget.addEventListener(ANNOTATION_SELECTION_CHANGE, onSelection);
  eventTarget.addEventListener(ANNOTATION_MODIFIED, onModified);
  eventTarget.addEventListener(ANNOTATION_REMOVED, onRemoved);
  return () => {
    eventTarget.removeEventListener(ANNOTATION_COMPLETED, onCompleted);
    eventTarget.removeEventListener(ANNOTATION_MODIFIED, onModified);
    eventTarget.removeEventListener(ANNOTATION_REMOVED, onRemoved);
    eventTarget.removeEventListener(ANNOTATION_SELECTION_CHANGE, onSelection);
  };
}

function caliperAnnotations(): ToolTypes.Annotation[] {
  return annotationApi.state.getAllAnnotations().filter((a) => kindOfTool(a.metadata?.toolName) !== undefined);
}

/**
 * Makes Cornerstone's annotations match the stored calipers (the other way, from
 * the store to the viewer: restore, undo, redo, import, lesion deleted): adds the
 * missing ones, moves and relabels changed ones, removes those no longer stored.
 * Calipers whose image is not open (`placementOf` gives undefined) are left out.
 * The calipers of `activeLesionId` stand out; only they may stay lit.
 */
export function showCalipers(
  measurements: readonly Measurement[],
  placementOf: (m: Measurement) => CaliperPlacement | undefined,
  activeLesionId: string | null = null,
): void {
  const wanted = new Map(measurements.map((m) => [m.id, m]));
  let changed = false;
  for (const measurement of measurements) {
    const uid = measurement.id;
    const style = measurement.lesionId === activeLesionId ? ACTIVE_LESION_STYLE : PLAIN_STYLE;
    if (annotationApi.config.style.getAnnotationToolStyles(uid) === style) continue;
    annotationApi.config.style.setAnnotationStyles(uid, style);
    changed = true;
  }
  for (const existing of caliperAnnotations()) {
    const uid = existing.annotationUID!;
    const measurement = wanted.get(uid);
    if (!measurement) {
      annotationApi.state.removeAnnotation(uid);
      changed = true;
      continue;
    }
    // Cornerstone lights up the caliper under the pointer and keeps it lit until the pointer
    // moves over that pane again; moving to the lesion table would leave another lesion's lit.
    if (existing.highlighted && measurement.lesionId !== activeLesionId) {
      existing.highlighted = false;
      changed = true;
    }
    const points = existing.data.handles?.points ?? [];
    const stored = measurement.pointsMm;
    const shown = points.map((p): [number, number, number] => [p[0], p[1], p[2]]);
    if (pointsDiffer(stored, shown) || existing.data.label !== measurement.lesionId) {
      existing.data.handles!.points = stored.map((p) => [p[0], p[1], p[2]] as CoreTypes.Point3);
      existing.data.label = measurement.lesionId;
      existing.invalidated = true;
      changed = true;
    }
    wanted.delete(uid);
  }
  for (const measurement of wanted.values()) {
    const placement = placementOf(measurement);
    if (!placement) continue;
    annotationApi.state.addAnnotation(annotationFromCaliper(measurement, placement), placement.frameOfReferenceUid);
    changed = true;
  }
  if (changed) rerenderAnnotations();
}

/**
 * Writes the words beside the calipers in `locale` from now on and, when that
 * changes them, redraws the panes that show an image (Cornerstone's tools throw
 * drawing over a pane whose stack is still loading).
 */
export function showCaliperLabelsIn(locale: Locale): void {
  if (!setCaliperLabelLocale(locale)) return;
  const showing = getRenderingEngine()
    .getViewports()
    .filter((viewport) => viewport.getImageData() !== undefined)
    .map((viewport) => viewport.id);
  toolUtilities.triggerAnnotationRenderForViewportIds(showing);
}

/** Redraws annotations in every viewport of the page. */
function rerenderAnnotations(): void {
  const viewportIds = getRenderingEngine().getViewports().map((v) => v.id);
  toolUtilities.triggerAnnotationRenderForViewportIds(viewportIds);
}

/** Ids of the calipers the reader has selected (clicked) in a viewport. */
export function selectedCaliperIds(): string[] {
  return annotationApi.selection.getAnnotationsSelected().filter((uid) => kindOfTool(annotationApi.state.getAnnotation(uid)?.metadata?.toolName));
}

/** Selects (highlights) one caliper, or clears the selection with undefined. */
export function highlightCaliper(id: string | undefined): void {
  annotationApi.selection.deselectAnnotation();
  if (id && annotationApi.state.getAnnotation(id)) annotationApi.selection.setAnnotationSelected(id, true, false);
  rerenderAnnotations();
}
