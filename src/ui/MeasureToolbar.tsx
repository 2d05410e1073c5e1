import { Diameter, Plus, Redo2, Ruler, SeparatorHorizontal, Undo2, type LucideIcon } from 'lucide-react';
import { moveToNewTarget, redoEdit, undoEdit } from '../actions';
import type { ToolChoice } from '../store';
import { useAppState, useAppStoreApi } from './hooks';
import { IconButton } from './IconButton';

const TOOLS: { tool: ToolChoice; icon: LucideIcon; label: string; key: string; title: string }[] = [
  { tool: 'ViableDiameter', icon: Diameter, label: 'Viable Ø', key: 'V', title: 'Longest viable (arterially enhancing) diameter — mRECIST' },
  { tool: 'WholeDiameter', icon: Ruler, label: 'Whole Ø', key: 'D', title: 'Whole-lesion longest diameter — RECIST 1.1, new lesions' },
  { tool: 'ViableBidirectional', icon: Plus, label: 'EASL ⟂', key: 'E', title: 'Longest viable diameter and its perpendicular — EASL' },
  { tool: 'ShortAxis', icon: SeparatorHorizontal, label: 'Short axis', key: 'S', title: 'Lymph-node short axis' },
];

/** The caliper tools, shared by every viewport; the caliper goes to the active lesion (or a new target). */
export function MeasureToolbar() {
  const store = useAppStoreApi();
  const activeTool = useAppState((state) => state.activeTool);
  const setActiveTool = useAppState((state) => state.setActiveTool);
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const canUndo = useAppState((state) => state.undoStack.length > 0);
  const canRedo = useAppState((state) => state.redoStack.length > 0);
  const selected = useAppState((state) => (state.selectedMeasurementId ? state.measurements[state.selectedMeasurementId] : undefined));
  const target = activeLesionId ? `New calipers go to ${activeLesionId}` : 'A new caliper starts a new target';
  return (
    <div className="measure-bar">
      <div className="measure-toolbar" role="group" aria-label="Calipers">
        <span className="toolbar-group caliper-tools">
          {TOOLS.map(({ tool, icon, label, key, title }) => (
            <IconButton
              key={tool}
              icon={icon}
              label={label}
              data-testid={`tool-${tool}`}
              aria-pressed={activeTool === tool}
              title={`${label}: ${title} (${key})`}
              onClick={() => setActiveTool(activeTool === tool ? 'WindowLevel' : tool)}
            />
          ))}
        </span>
        <span className="toolbar-group">
          <IconButton icon={Undo2} label="Undo" data-testid="undo" disabled={!canUndo} onClick={() => undoEdit(store)} title="Undo (Ctrl+Z)" />
          <IconButton icon={Redo2} label="Redo" data-testid="redo" disabled={!canRedo} onClick={() => redoEdit(store)} title="Redo (Ctrl+Shift+Z)" />
        </span>
        {/* The title keeps the words readable when the row squeezes them. */}
        <span className="hint" data-testid="caliper-target" title={target}>
          {target}
        </span>
        {selected && (
          <span className="selected-caliper" data-testid="selected-caliper">
            <span className="selected-caliper-text" title={`Selected: a caliper of ${selected.lesionId}`}>
              Selected: a caliper of {selected.lesionId}
            </span>{' '}
            <button data-testid="caliper-to-new-target" onClick={() => moveToNewTarget(store, selected.id)} title="File this caliper under a new target lesion">
              Make it a new target
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
