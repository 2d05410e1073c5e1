import { moveToNewTarget, redoEdit, runNoticeAction, undoEdit } from '../actions';
import { selectTimepointLabels, type ToolChoice } from '../store';
import { noticeActionLabel, noticeText } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

const TOOLS: { tool: ToolChoice; label: string; key: string; title: string }[] = [
  { tool: 'ViableDiameter', label: 'Viable Ø', key: 'V', title: 'Longest viable (arterially enhancing) diameter — mRECIST' },
  { tool: 'WholeDiameter', label: 'Whole Ø', key: 'D', title: 'Whole-lesion longest diameter — RECIST 1.1, new lesions' },
  { tool: 'ViableBidirectional', label: 'EASL ⟂', key: 'E', title: 'Longest viable diameter and its perpendicular — EASL' },
  { tool: 'ShortAxis', label: 'Short axis', key: 'S', title: 'Lymph-node short axis' },
];

/** The caliper tools, shared by every viewport; the caliper goes to the active lesion (or a new target). */
export function MeasureToolbar() {
  const store = useAppStoreApi();
  const activeTool = useAppState((state) => state.activeTool);
  const setActiveTool = useAppState((state) => state.setActiveTool);
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const notice = useAppState((state) => state.notice);
  const notify = useAppState((state) => state.notify);
  const timepointLabels = useAppState(selectTimepointLabels);
  const canUndo = useAppState((state) => state.undoStack.length > 0);
  const canRedo = useAppState((state) => state.redoStack.length > 0);
  const selected = useAppState((state) => (state.selectedMeasurementId ? state.measurements[state.selectedMeasurementId] : undefined));
  return (
    <div className="measure-bar">
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
        <button data-testid="undo" disabled={!canUndo} onClick={() => undoEdit(store)} title="Undo (Ctrl+Z)">
          ↶ Undo
        </button>
        <button data-testid="redo" disabled={!canRedo} onClick={() => redoEdit(store)} title="Redo (Ctrl+Shift+Z)">
          ↷ Redo
        </button>
        <span className="hint" data-testid="caliper-target">
          {activeLesionId ? `New calipers go to ${activeLesionId}` : 'A new caliper starts a new target'}
        </span>
        {selected && (
          <span className="selected-caliper" data-testid="selected-caliper">
            Selected: a caliper of {selected.lesionId}{' '}
            <button data-testid="caliper-to-new-target" onClick={() => moveToNewTarget(store, selected.id)} title="File this caliper under a new target lesion">
              Make it a new target
            </button>
          </span>
        )}
      </div>
      {notice && (
        // Floats over the images instead of growing the toolbar, which would move the image under the cursor.
        <div className="notice" role="status" data-testid="notice">
          {noticeText(notice.messages, timepointLabels)}{' '}
          {notice.actions?.map((action) => (
            <button key={action.kind} data-testid={`notice-${action.kind}`} onClick={() => runNoticeAction(store, action)}>
              {noticeActionLabel(action)}
            </button>
          ))}
          <button onClick={() => notify(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
