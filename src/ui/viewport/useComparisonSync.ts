import { useEffect, useRef, useState } from 'react';
import { offsetFromSliceCentres, resolveOffset, type SeriesRef } from '../../core';
import {
  findStack,
  landingLesionId,
  lesionTargetForStack,
  selectComparisonAlignments,
  selectIndex,
  viewportCount,
  type AppState,
  type AppStore,
} from '../../store';
import { useAppState } from '../hooks';
import { PaneSynchronizer, syncPaneFor, toViewportStack, windowSyncGroup, type PickedPoint, type SyncPane } from '../../viewer';

/** The first landmark of a pair, waiting for its partner in another pane. */
export interface PendingLandmark extends PickedPoint {
  series: SeriesRef;
}

function panesOf(state: AppState): SyncPane[] {
  const index = selectIndex(state);
  const panes: SyncPane[] = [];
  state.viewportStackIds.slice(0, viewportCount(state.layout)).forEach((stackId, i) => {
    const context = stackId ? findStack(index, stackId) : undefined;
    if (!context) return;
    // The same image ids the grid gives the viewport (toViewportStack is deterministic).
    const { imageIds } = toViewportStack(context.stack, context.study, context.patient, '');
    const windowGroup = windowSyncGroup({
      modality: context.stack.Modality,
      seriesDescription: context.series.SeriesDescription ?? '',
      studyDescription: context.study.StudyDescription ?? '',
    });
    const pane = syncPaneFor(`vp-${i}`, context.stack, index, imageIds, windowGroup);
    if (pane) panes.push(pane);
  });
  return panes;
}

/**
 * Brings panes to the lesion being read: its caliper at the pane's timepoint, or
 * where the alignment puts it (ringed), or the level of its caliper at another
 * timepoint. `only` limits this to panes that just got a new stack.
 */
function goToLesion(sync: PaneSynchronizer, state: AppState, only?: ReadonlySet<number>): void {
  const lesionId = landingLesionId(state);
  state.viewportStackIds.slice(0, viewportCount(state.layout)).forEach((stackId, i) => {
    if (only && !only.has(i)) return;
    const target = stackId && lesionId ? lesionTargetForStack(state, lesionId, stackId) : undefined;
    if (target) sync.goTo(`vp-${i}`, target.pointMm, target.basis === 'aligned');
    else sync.clearMarker(`vp-${i}`);
  });
}

/** Panes whose stack changed (a new series, timepoint or layout slot), by index. */
function panesWithNewStacks(state: AppState, previous: AppState | undefined): Set<number> {
  const count = viewportCount(state.layout);
  const before = previous ? previous.viewportStackIds.slice(0, viewportCount(previous.layout)) : [];
  const changed = new Set<number>();
  state.viewportStackIds.slice(0, count).forEach((stackId, i) => {
    if (stackId && stackId !== before[i]) changed.add(i);
  });
  return changed;
}

/**
 * Wires pane synchronisation to the store: which stacks the panes show, the sync
 * switches, the alignments (read at each scroll, so a new link applies at once),
 * landmark picking, lesion navigation and where a newly shown series opens. Returns the pending landmark and "link".
 */
export function useComparisonSync(store: AppStore): { pending: PendingLandmark | null; link: () => void } {
  const syncRef = useRef<PaneSynchronizer | null>(null);
  const panesRef = useRef<SyncPane[]>([]);
  const [pending, setPending] = useState<PendingLandmark | null>(null);
  const landmarkMode = useAppState((s) => s.landmarkMode);

  useEffect(() => {
    const sync = new PaneSynchronizer((from, to) => resolveOffset(selectComparisonAlignments(store.getState()), from, to));
    syncRef.current = sync;
    const apply = (state: AppState, previous?: AppState) => {
      if (!previous || state.viewportStackIds !== previous.viewportStackIds || state.layout !== previous.layout || state.instances !== previous.instances) {
        panesRef.current = panesOf(state);
        sync.setPanes(panesRef.current);
      }
      sync.setOptions({ slices: state.syncEnabled, windowLevel: state.syncWindowLevel, zoomPan: state.syncZoomPan });
      if (previous && state.activeLesionId !== previous.activeLesionId) goToLesion(sync, state);
      else {
        // A series shown in a pane opens at the lesion being read, not at its first image.
        const landing = panesWithNewStacks(state, previous);
        if (landing.size > 0) goToLesion(sync, state, landing);
      }
    };
    apply(store.getState());
    const unsubscribe = store.subscribe(apply);
    return () => {
      unsubscribe();
      sync.destroy();
      syncRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    const sync = syncRef.current;
    if (!sync || !landmarkMode) {
      setPending(null);
      return;
    }
    let first: PendingLandmark | null = null;
    sync.setPicker((point) => {
      const pane = panesRef.current.find((p) => p.viewportId === point.viewportId);
      if (!pane) return;
      if (!first || first.viewportId === point.viewportId) {
        // A second click in the same pane corrects the first landmark.
        first = { ...point, series: pane.series };
        setPending(first);
        return;
      }
      store.getState().addLandmarkPair(first.series, pane.series, { aMm: first.worldMm, bMm: point.worldMm });
      first = null;
      setPending(null);
      store.getState().setLandmarkMode(false);
    });
    return () => sync.setPicker(null);
  }, [store, landmarkMode]);

  const link = () => {
    const sync = syncRef.current;
    const state = store.getState();
    const active = panesRef.current.find((p) => p.viewportId === `vp-${state.activeViewportIndex}`) ?? panesRef.current[0];
    const centre = active && sync?.currentCentre(active.viewportId);
    if (!sync || !active || !centre) return;
    for (const other of panesRef.current) {
      const otherCentre = other === active ? undefined : sync.currentCentre(other.viewportId);
      // Same Frame of Reference: positions already agree, nothing to store.
      if (!otherCentre || (other.series.frameOfReferenceUid && other.series.frameOfReferenceUid === active.series.frameOfReferenceUid)) continue;
      store.getState().setAlignment(active.series, other.series, offsetFromSliceCentres(centre, otherCentre), 'link');
    }
  };

  return { pending, link };
}

