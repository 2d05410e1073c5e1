import { Columns2, Grid2x2, Square, type LucideIcon } from 'lucide-react';
import type { LayoutId } from '../store';
import { useAppState } from './hooks';
import { IconButton } from './IconButton';

const LAYOUTS: { id: LayoutId; icon: LucideIcon; title: string }[] = [
  { id: '1x1', icon: Square, title: 'One image' },
  { id: '1x2', icon: Columns2, title: 'Two images side by side' },
  { id: '2x2', icon: Grid2x2, title: 'Four images, two by two' },
];

/** Buttons choosing the viewport grid. */
export function LayoutSwitcher() {
  const layout = useAppState((state) => state.layout);
  const setLayout = useAppState((state) => state.setLayout);
  return (
    <div className="layout-switcher toolbar-group" role="group" aria-label="Layout">
      {LAYOUTS.map(({ id, icon, title }) => (
        <IconButton key={id} icon={icon} label={id.replace('x', '×')} title={title} data-testid={`layout-${id}`} aria-pressed={layout === id} onClick={() => setLayout(id)} />
      ))}
    </div>
  );
}
