import { CircleCheck, CircleStop, CircleX, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from './hooks';
import { IconButton } from './IconButton';

/** The mark a finished scan leaves in the row. */
const ENDED_ICON: Record<'done' | 'cancelled' | 'failed', LucideIcon> = { done: CircleCheck, cancelled: CircleX, failed: TriangleAlert };

/**
 * Progress of the folder scan, compact in the header's one row (so that the
 * images start right below it): while it runs a small bar, files read of total
 * and a cancel button; once it ended, one icon. The detail (DICOM found,
 * skipped, any error) is the tooltip and what a screen reader says.
 */
export function ScanProgressBar({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['app', 'common']);
  const scan = useAppState((state) => state.scan);
  if (scan.status === 'idle') return null;
  const percent = scan.total > 0 ? Math.round((100 * scan.filesRead) / scan.total) : 0;
  const detail =
    t('scan.progress', { status: t(`scan.status.${scan.status}`), read: scan.filesRead, total: scan.total, percent, dicom: scan.dicomFound, skipped: scan.skipped }) +
    (scan.error ? ` — ${scan.error}` : '');
  return (
    <span className="scan-progress" data-testid="scan-progress" data-status={scan.status} title={detail}>
      {scan.status === 'scanning' ? (
        <>
          <progress max={scan.total || 1} value={scan.filesRead} aria-label={t('scan.filesRead')} />
          <span className="scan-count" aria-hidden="true">
            {scan.filesRead}/{scan.total}
          </span>
        </>
      ) : (
        <EndedIcon status={scan.status} failed={scan.error !== undefined} />
      )}
      <span className="visually-hidden" role="status" data-testid="scan-progress-text">
        {detail}
      </span>
      {scan.status === 'scanning' && <IconButton icon={CircleStop} label={t('common:cancel')} data-testid="scan-cancel" onClick={onCancel} title={t('scan.cancelTitle')} />}
    </span>
  );
}

function EndedIcon({ status, failed }: { status: 'done' | 'cancelled' | 'failed'; failed: boolean }) {
  const Icon = ENDED_ICON[status];
  return <Icon className={failed || status === 'failed' ? 'error' : undefined} size={16} aria-hidden="true" focusable="false" />;
}
