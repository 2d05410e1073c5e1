import { STACK_DRAG_TYPE } from './StudyBrowser';
import type { SubtractionStack } from '../store';

interface SubtractionItemProps {
  subtraction: SubtractionStack;
  shown: boolean;
  onOpen: () => void;
}

/** How many arterial slices the subtraction leaves out or cannot show, and why; empty when every slice has its pair. */
function coverageNote({ unmatchedCount, toleranceMm }: SubtractionStack): string {
  if (unmatchedCount === 0) return '';
  const slices = unmatchedCount === 1 ? '1 arterial slice has' : `${unmatchedCount} arterial slices have`;
  return ` · ${slices} no non-contrast slice within ${toleranceMm.toFixed(1)} mm`;
}

/**
 * A derived series in the study browser: arterial minus non-contrast of this
 * study, which shows true enhancement (lipiodol and bone cancel out). Click or drag
 * it into a pane like any series; it has no phase to correct (its phase follows from its sources).
 */
export function SubtractionItem({ subtraction, shown, onOpen }: SubtractionItemProps) {
  const count = subtraction.last - subtraction.first + 1;
  return (
    <li
      className={`series-item derived${shown ? ' shown' : ''}`}
      data-testid="subtraction-item"
      data-stack-id={subtraction.stackId}
      draggable
      onDragStart={(event) => event.dataTransfer.setData(STACK_DRAG_TYPE, subtraction.stackId)}
    >
      <button className="series-open" onClick={onOpen} title="Arterial minus non-contrast, matched by slice position: what enhances stays bright, lipiodol cancels out">
        <span className="series-label">{subtraction.label}</span>
        <span className="series-meta" data-testid="subtraction-meta">
          CT subtraction · {count} image{count === 1 ? '' : 's'}
          {coverageNote(subtraction)}
        </span>
      </button>
      <span className="phase-badge phase-arterial" data-testid="subtraction-phase">
        arterial − non-contrast
      </span>
    </li>
  );
}
