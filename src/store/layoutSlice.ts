import type { StateCreator } from 'zustand/vanilla';

/** Viewport grids the reader can choose. */
export type LayoutId = '1x1' | '1x2' | '2x2';

export const VIEWPORT_SLOTS = 4;

/** How many viewports each layout shows. */
export function viewportCount(layout: LayoutId): number {
  switch (layout) {
    case '1x1':
      return 1;
    case '1x2':
      return 2;
    case '2x2':
      return 4;
  }
}

export interface LayoutSlice {
  layout: LayoutId;
  /** Stack shown in each viewport slot (slot 0 is top-left), or null when empty. */
  viewportStackIds: (string | null)[];
  activeViewportIndex: number;
  setLayout(layout: LayoutId): void;
  /** Shows `stackId` in viewport `index` and makes it the active one. */
  showStack(index: number, stackId: string): void;
  setActiveViewport(index: number): void;
  clearViewports(): void;
  /** A request to bring a caliper into view (its image in a viewport, the caliper highlighted); `seq` makes repeats distinct. */
  jumpRequest: { measurementId: string; seq: number } | null;
  requestJump(measurementId: string): void;
  /** A one-line message for the reader (e.g. why a caliper was not recorded), or null. */
  notice: string | null;
  notify(message: string | null): void;
}

export const createLayoutSlice: StateCreator<LayoutSlice, [], [], LayoutSlice> = (set, get) => ({
  layout: '1x1',
  viewportStackIds: Array<string | null>(VIEWPORT_SLOTS).fill(null),
  activeViewportIndex: 0,
  setLayout: (layout) =>
    set((state) => ({ layout, activeViewportIndex: Math.min(state.activeViewportIndex, viewportCount(layout) - 1) })),
  showStack: (index, stackId) =>
    set((state) => {
      const viewportStackIds = [...state.viewportStackIds];
      viewportStackIds[index] = stackId;
      return { viewportStackIds, activeViewportIndex: index };
    }),
  setActiveViewport: (index) => set({ activeViewportIndex: index }),
  clearViewports: () => set({ viewportStackIds: Array<string | null>(VIEWPORT_SLOTS).fill(null), activeViewportIndex: 0 }),
  jumpRequest: null,
  notice: null,
  notify: (message) => set({ notice: message }),
  requestJump: (measurementId) => set({ jumpRequest: { measurementId, seq: (get().jumpRequest?.seq ?? 0) + 1 } }),
});
