import { Columns2, Grid2x2, Square, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LayoutId } from '../store';
import { useAppState } from './hooks';
import { IconButton } from './IconButton';

const LAYOUTS: { id: LayoutId; icon: LucideIcon }[] = [
  { id: '1x1', icon: Square },
  { id: '1x2', icon: Columns2 },
  { id: '2x2', icon: Grid2x2 },
];

/** Buttons choosing the viewport grid. */
export function LayoutSwitcher() {
  const { t } = useTranslation('app');
  const layout = useAppState((state) => state.layout);
  const setLayout = useAppState((state) => state.setLayout);
  return (
    <div className="layout-switcher toolbar-group" role="group" aria-label={t('layout.group')}>
      {LAYOUTS.map(({ id, icon }) => (
        <IconButton key={id} icon={icon} label={id.replace('x', '×')} title={t(`layout.${id}`)} data-testid={`layout-${id}`} aria-pressed={layout === id} onClick={() => setLayout(id)} />
      ))}
    </div>
  );
}
