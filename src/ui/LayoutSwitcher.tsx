import { openComparison } from '../actions';
import type { LayoutId } from '../store';
import { useAppState, useAppStoreApi } from './hooks';

const LAYOUTS: LayoutId[] = ['1x1', '1x2', '2x2'];

/** Buttons choosing the viewport grid, and the pre/post-TACE hanging: arterial and portal venous of the prior and the latest study. */
export function LayoutSwitcher() {
  const store = useAppStoreApi();
  const layout = useAppState((state) => state.layout);
  const setLayout = useAppState((state) => state.setLayout);
  return (
    <div className="layout-switcher" role="group" aria-label="Layout">
      {LAYOUTS.map((id) => (
        <button key={id} data-testid={`layout-${id}`} aria-pressed={layout === id} onClick={() => setLayout(id)}>
          {id.replace('x', '×')}
        </button>
      ))}
      <button
        data-testid="layout-phases"
        onClick={() => openComparison(store, 'phases')}
        title="2×2: arterial (top) and portal venous (bottom) of the prior (left) and the latest study (right), at the active lesion"
      >
        Art + PV
      </button>
    </div>
  );
}
