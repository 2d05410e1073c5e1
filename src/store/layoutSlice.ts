import type { Notice } from '../core';
import type { StateCreator } from 'zustand/vanilla';

/** Viewport grids the reader can choose. */
export type LayoutId = '1x1' | '1x2' | '2x2';

export const VIEWPORT_SLOTS = 4;

/** What the left mouse button does in every viewport: view tools, or one of the calipers (Cornerstone tool names). */
export type ToolChoice = 'WindowLevel' | 'Pan' | 'Zoom' | 'ViableDiameter' | 'WholeDiameter' | 'ShortAxis' | 'ViableBidirectional';

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
  /** Switches to `layout` showing `stackIds` from the top-left pane on, in one change (no pane loads a stack it then drops). */
  showHanging(layout: LayoutId, stackIds: readonly (string | undefined)[]): void;
  clearViewports(): void;
  /** A short message for the reader (e.g. why a caliper was not recorded, what a deletion removed), or null. */
  notice: Notice | null;
  notify(notice: Notice | null): void;
  activeTool: ToolChoice;
  setActiveTool(tool: ToolChoice): void;
}

export const createLayoutSlice: StateCreator<LayoutSlice, [], [], LayoutSlice> = (set) => ({
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
  showHanging: (layout, stackIds) =>
    set((state) => ({
      layout,
      viewportStackIds: state.viewportStackIds.map((shown, i) => stackIds[i] ?? shown),
      activeViewportIndex: 0,
    })),
  clearViewports: () => set({ viewportStackIds: Array<string | null>(VIEWPORT_SLOTS).fill(null), activeViewportIndex: 0 }),
  notice: null,
  notify: (notice) => set({ notice }),
  activeTool: 'WindowLevel',
  setActiveTool: (tool) => set({ activeTool: tool }),
});
