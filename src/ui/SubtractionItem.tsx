import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { STACK_DRAG_TYPE } from './StudyBrowser';
import type { SubtractionStack } from '../store';

interface SubtractionItemProps {
  subtraction: SubtractionStack;
  shown: boolean;
  onOpen: () => void;
}

/** How many arterial slices the subtraction leaves out or cannot show, and why; empty when every slice has its pair. */
function coverageNote({ unmatchedCount, toleranceMm }: SubtractionStack, t: TFunction<'app'>): string {
  if (unmatchedCount === 0) return '';
  return t('subtraction.unmatched', { count: unmatchedCount, toleranceMm: toleranceMm.toFixed(1) });
}

/**
 * A derived series in the study browser: arterial minus non-contrast of this
 * study, which shows true enhancement (lipiodol and bone cancel out). Click or drag
 * it into a pane like any series; it has no phase to correct (its phase follows from its sources).
 */
export function SubtractionItem({ subtraction, shown, onOpen }: SubtractionItemProps) {
  const { t } = useTranslation('app');
  const count = subtraction.last - subtraction.first + 1;
  return (
    <li
      className={`series-item derived${shown ? ' shown' : ''}`}
      data-testid="subtraction-item"
      data-stack-id={subtraction.stackId}
      draggable
      onDragStart={(event) => event.dataTransfer.setData(STACK_DRAG_TYPE, subtraction.stackId)}
    >
      <button className="series-open" onClick={onOpen} title={t('subtraction.title')}>
        <span className="series-label">{subtraction.label}</span>
        <span className="series-meta" data-testid="subtraction-meta">
          {t('subtraction.meta', { count })}
          {coverageNote(subtraction, t)}
        </span>
      </button>
      <span className="phase-badge phase-arterial" data-testid="subtraction-phase">
        {t('subtraction.phases')}
      </span>
    </li>
  );
}
