import { useTranslation } from 'react-i18next';
import { Diameter, Plus, Redo2, Ruler, SeparatorHorizontal, Undo2, type LucideIcon } from 'lucide-react';
import { moveToNewTarget, redoEdit, undoEdit } from '../actions';
import type { ToolChoice } from '../store';
import { useAppState, useAppStoreApi } from './hooks';
import { IconButton } from './IconButton';

type CaliperTool = Extract<ToolChoice, 'ViableDiameter' | 'WholeDiameter' | 'ViableBidirectional' | 'ShortAxis'>;

const TOOLS: { tool: CaliperTool; icon: LucideIcon; key: string }[] = [
  { tool: 'ViableDiameter', icon: Diameter, key: 'V' },
  { tool: 'WholeDiameter', icon: Ruler, key: 'D' },
  { tool: 'ViableBidirectional', icon: Plus, key: 'E' },
  { tool: 'ShortAxis', icon: SeparatorHorizontal, key: 'S' },
];

/** The caliper tools, shared by every viewport; the caliper goes to the active lesion (or a new target). */
export function MeasureToolbar() {
  const { t } = useTranslation('app');
  const store = useAppStoreApi();
  const activeTool = useAppState((state) => state.activeTool);
  const setActiveTool = useAppState((state) => state.setActiveTool);
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const canUndo = useAppState((state) => state.undoStack.length > 0);
  const canRedo = useAppState((state) => state.redoStack.length > 0);
  const selected = useAppState((state) => (state.selectedMeasurementId ? state.measurements[state.selectedMeasurementId] : undefined));
  const target = activeLesionId ? t('measure.targetActive', { lesionId: activeLesionId }) : t('measure.targetNew');
  return (
    <div className="measure-bar">
      <div className="measure-toolbar" role="group" aria-label={t('measure.group')}>
        <span className="toolbar-group caliper-tools">
          {TOOLS.map(({ tool, icon, key }) => (
            <IconButton
              key={tool}
              icon={icon}
              label={t(`measure.tool.${tool}.label`)}
              data-testid={`tool-${tool}`}
              aria-pressed={activeTool === tool}
              title={t('measure.toolTitle', { label: t(`measure.tool.${tool}.label`), title: t(`measure.tool.${tool}.title`), key })}
              onClick={() => setActiveTool(activeTool === tool ? 'WindowLevel' : tool)}
            />
          ))}
        </span>
        <span className="toolbar-group">
          <IconButton icon={Undo2} label={t('measure.undo')} data-testid="undo" disabled={!canUndo} onClick={() => undoEdit(store)} title={t('measure.undoTitle')} />
          <IconButton icon={Redo2} label={t('measure.redo')} data-testid="redo" disabled={!canRedo} onClick={() => redoEdit(store)} title={t('measure.redoTitle')} />
        </span>
        {/* The title keeps the words readable when the row squeezes them. */}
        <span className="hint" data-testid="caliper-target" title={target}>
          {target}
        </span>
        {selected && (
          <span className="selected-caliper" data-testid="selected-caliper">
            <span className="selected-caliper-text" title={t('measure.selected', { lesionId: selected.lesionId })}>
              {t('measure.selected', { lesionId: selected.lesionId })}
            </span>{' '}
            <button data-testid="caliper-to-new-target" onClick={() => moveToNewTarget(store, selected.id)} title={t('measure.toNewTargetTitle')}>
              {t('measure.toNewTarget')}
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
