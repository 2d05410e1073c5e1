import type { LayoutId } from '../store';
import { useAppState } from './hooks';

const LAYOUTS: LayoutId[] = ['1x1', '1x2', '2x2'];

/** Buttons choosing the viewport grid. */
export function LayoutSwitcher() {
  const layout = useAppState((state) => state.layout);
  const setLayout = useAppState((state) => state.setLayout);
  return (
    <div className="layout-switcher" role="group" aria-label="Layout">
      {LAYOUTS.map((id) => (
        <button key={id} data-testid={`layout-${id}`} aria-pressed={layout === id} onClick={() => setLayout(id)}>
          {id.replace('x', '×')}
        </button>
      ))}
    </div>
  );
}
