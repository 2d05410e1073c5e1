import type { ToolChoice } from '../store';
import { useAppState } from './hooks';

const TOOLS: { tool: ToolChoice; label: string; key: string; title: string }[] = [
  { tool: 'ViableDiameter', label: 'Viable Ø', key: 'V', title: 'Longest viable (arterially enhancing) diameter — mRECIST' },
  { tool: 'WholeDiameter', label: 'Whole Ø', key: 'D', title: 'Whole-lesion longest diameter — RECIST 1.1, new lesions' },
  { tool: 'ViableBidirectional', label: 'EASL ⟂', key: 'E', title: 'Longest viable diameter and its perpendicular — EASL' },
  { tool: 'ShortAxis', label: 'Short axis', key: 'S', title: 'Lymph-node short axis' },
];

/** The caliper tools, shared by every viewport; the caliper goes to the active lesion (or a new target). */
export function MeasureToolbar() {
  const activeTool = useAppState((state) => state.activeTool);
  const setActiveTool = useAppState((state) => state.setActiveTool);
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const notice = useAppState((state) => state.notice);
  const notify = useAppState((state) => state.notify);
  const canUndo = useAppState((state) => state.undoStack.length > 0);
  const canRedo = useAppState((state) => state.redoStack.length > 0);
  const undo = useAppState((state) => state.undo);
  const redo = useAppState((state) => state.redo);
  const selected = useAppState((state) => (state.selectedMeasurementId ? state.measurements[state.selectedMeasurementId] : undefined));
  const addLesion = useAppState((state) => state.addLesion);
  const upsertMeasurement = useAppState((state) => state.upsertMeasurement);
  // A caliper filed under the active lesion that belongs to a lesion of its own: one click makes that lesion.
  const moveToNewTarget = () => {
    if (!selected) return;
    const lesionId = addLesion('target');
    upsertMeasurement({ ...selected, lesionId });
  };
  return (
    <div className="measure-toolbar" role="group" aria-label="Calipers">
      {TOOLS.map(({ tool, label, key, title }) => (
        <button
          key={tool}
          data-testid={`tool-${tool}`}
          aria-pressed={activeTool === tool}
          title={`${title} (${key})`}
          onClick={() => setActiveTool(activeTool === tool ? 'WindowLevel' : tool)}
        >
          {label}
        </button>
      ))}
      <button data-testid="undo" disabled={!canUndo} onClick={undo} title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button data-testid="redo" disabled={!canRedo} onClick={redo} title="Redo (Ctrl+Shift+Z)">
        ↷ Redo
      </button>
      <span className="hint" data-testid="caliper-target">
        {activeLesionId ? `→ ${activeLesionId}` : '→ new target'}
      </span>
      {selected && (
        <span className="selected-caliper" data-testid="selected-caliper">
          caliper of {selected.lesionId}{' '}
          <button data-testid="caliper-to-new-target" onClick={moveToNewTarget} title="File this caliper under a new target lesion">
            → new target
          </button>
        </span>
      )}
      {notice && (
        <span className="notice" role="status" data-testid="notice" title={notice}>
          {notice}{' '}
          <button onClick={() => notify(null)} aria-label="Dismiss">
            ×
          </button>
        </span>
      )}
    </div>
  );
}
