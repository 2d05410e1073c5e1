import { addTool, BidirectionalTool, Enums as ToolEnums, LengthTool, StackScrollTool, ToolGroupManager } from '@cornerstonejs/tools';
import type { CaliperToolName } from './caliperKinds';
import { applyCaliperStyles, CALIPER_TOOLS } from './caliperTools';
import { getRenderingEngineId } from './renderingEngine';
import { PanViewTool, WindowLevelViewTool, ZoomViewTool } from './viewTools';

const { MouseBindings } = ToolEnums;

/** Tools a pane can put on the left mouse button (Cornerstone tool names). */
export type PrimaryToolName = 'WindowLevel' | 'Pan' | 'Zoom' | 'Length' | 'Bidirectional' | CaliperToolName;

const MEASURING_TOOLS = [LengthTool, BidirectionalTool, ...CALIPER_TOOLS];
const TOOL_CLASSES = [WindowLevelViewTool, PanViewTool, ZoomViewTool, StackScrollTool, ...MEASURING_TOOLS];

export interface ViewportToolGroup {
  /** Puts `toolName` on the left button; a view tool it replaces keeps its other button, a caliper tool only shows its calipers. */
  setActiveTool(toolName: PrimaryToolName): void;
  destroy(): void;
}

function toolGroupId(viewportId: string): string {
  return `tg-${viewportId}`;
}

const isMeasuring = (toolName: string) => MEASURING_TOOLS.some((tool) => tool.toolName === toolName);

/**
 * One tool group per viewport: W/L on left drag, pan on middle, zoom on right,
 * slice scrolling on the wheel. Only the measuring tool on the left button can
 * grab its calipers (to move an endpoint or the whole caliper); the other
 * measuring tools are enabled: their calipers show but cannot be grabbed, so a
 * whole-lesion caliper starting on a viable caliper's endpoint starts a new
 * caliper, and the view tools never move one (viewTools.ts).
 */
export function createViewportToolGroup(viewportId: string): ViewportToolGroup {
  for (const tool of TOOL_CLASSES) addTool(tool); // idempotent: the global registry ignores repeats
  applyCaliperStyles();
  const id = toolGroupId(viewportId);
  // A StrictMode remount or a crashed pane may have left the group behind; createToolGroup would return undefined.
  ToolGroupManager.destroyToolGroup(id);
  const group = ToolGroupManager.createToolGroup(id);
  if (!group) throw new Error(`Could not create tool group ${id}`);
  for (const tool of TOOL_CLASSES) group.addTool(tool.toolName);
  group.setToolActive(WindowLevelViewTool.toolName, { bindings: [{ mouseButton: MouseBindings.Primary }] });
  group.setToolActive(PanViewTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
  group.setToolActive(ZoomViewTool.toolName, { bindings: [{ mouseButton: MouseBindings.Secondary }] });
  group.setToolActive(StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
  for (const tool of MEASURING_TOOLS) group.setToolEnabled(tool.toolName);
  group.addViewport(viewportId, getRenderingEngineId());

  let primary: PrimaryToolName = 'WindowLevel';
  return {
    setActiveTool(toolName) {
      if (toolName === primary) return;
      // Passive drops only the left-button binding: Pan keeps middle, Zoom keeps right.
      if (isMeasuring(primary)) group.setToolEnabled(primary);
      else group.setToolPassive(primary);
      group.setToolActive(toolName, { bindings: [{ mouseButton: MouseBindings.Primary }] });
      primary = toolName;
    },
    destroy() {
      ToolGroupManager.destroyToolGroup(id);
    },
  };
}
