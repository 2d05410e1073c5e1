import {
  addTool,
  BidirectionalTool,
  Enums as ToolEnums,
  LengthTool,
  PanTool,
  StackScrollTool,
  ToolGroupManager,
  WindowLevelTool,
  ZoomTool,
} from '@cornerstonejs/tools';
import type { CaliperToolName } from './caliperKinds';
import { CALIPER_TOOLS } from './caliperTools';
import { getRenderingEngineId } from './renderingEngine';

const { MouseBindings } = ToolEnums;

/** Tools a pane can put on the left mouse button (Cornerstone tool names). */
export type PrimaryToolName = 'WindowLevel' | 'Pan' | 'Zoom' | 'Length' | 'Bidirectional' | CaliperToolName;

const MEASURING_TOOLS = [LengthTool, BidirectionalTool, ...CALIPER_TOOLS];
const TOOL_CLASSES = [WindowLevelTool, PanTool, ZoomTool, StackScrollTool, ...MEASURING_TOOLS];

export interface ViewportToolGroup {
  /** Puts `toolName` on the left button; the previous left-button tool becomes passive (its annotations stay editable). */
  setActiveTool(toolName: PrimaryToolName): void;
  destroy(): void;
}

function toolGroupId(viewportId: string): string {
  return `tg-${viewportId}`;
}

/**
 * One tool group per viewport: W/L on left drag, pan on middle, zoom on right,
 * slice scrolling on the wheel. The measuring tools (Length, Bidirectional and
 * the caliper kinds) are passive until put on the left button: their
 * annotations show and can be adjusted whatever the left button does.
 */
export function createViewportToolGroup(viewportId: string): ViewportToolGroup {
  for (const tool of TOOL_CLASSES) addTool(tool); // idempotent: the global registry ignores repeats
  const id = toolGroupId(viewportId);
  // A StrictMode remount or a crashed pane may have left the group behind; createToolGroup would return undefined.
  ToolGroupManager.destroyToolGroup(id);
  const group = ToolGroupManager.createToolGroup(id);
  if (!group) throw new Error(`Could not create tool group ${id}`);
  for (const tool of TOOL_CLASSES) group.addTool(tool.toolName);
  group.setToolActive(WindowLevelTool.toolName, { bindings: [{ mouseButton: MouseBindings.Primary }] });
  group.setToolActive(PanTool.toolName, { bindings: [{ mouseButton: MouseBindings.Auxiliary }] });
  group.setToolActive(ZoomTool.toolName, { bindings: [{ mouseButton: MouseBindings.Secondary }] });
  group.setToolActive(StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
  for (const tool of MEASURING_TOOLS) group.setToolPassive(tool.toolName);
  group.addViewport(viewportId, getRenderingEngineId());

  let primary: PrimaryToolName = 'WindowLevel';
  return {
    setActiveTool(toolName) {
      if (toolName === primary) return;
      // Passive drops only the left-button binding: Pan keeps middle, Zoom keeps right.
      group.setToolPassive(primary);
      group.setToolActive(toolName, { bindings: [{ mouseButton: MouseBindings.Primary }] });
      primary = toolName;
      // While one caliper is being drawn, the other calipers stay visible but cannot be
      // grabbed: a whole-lesion caliper starting on the viable caliper's endpoint must
      // start a new caliper, not drag the old one. With a view tool, all are editable.
      const measuring = MEASURING_TOOLS.some((tool) => tool.toolName === toolName);
      for (const tool of MEASURING_TOOLS) {
        if (tool.toolName === toolName) continue;
        if (measuring) group.setToolEnabled(tool.toolName);
        else group.setToolPassive(tool.toolName);
      }
    },
    destroy() {
      ToolGroupManager.destroyToolGroup(id);
    },
  };
}
