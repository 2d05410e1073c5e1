import { CircleCheck, CircleStop, CircleX, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { scanFailureText } from '../text';
import { useAppState } from './hooks';
import { HeaderStatus } from './HeaderStatus';
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
  const locale = useAppState((state) => state.locale);
  const scan = useAppState((state) => state.scan);
  // A rehearsal's scan is not the reader's: nothing of it is shown or announced.
  const rehearsing = useAppState((state) => state.rehearsal === 'running');
  if (scan.status === 'idle' || rehearsing) return null;
  const percent = scan.total > 0 ? Math.round((100 * scan.filesRead) / scan.total) : 0;
  const detail =
    t('scan.progress', { status: t(`scan.status.${scan.status}`), read: scan.filesRead, total: scan.total, percent, dicom: scan.dicomFound, skipped: scan.skipped }) +
    (scan.error ? ` — ${scanFailureText(scan.error, locale)}` : '');
  return (
    <HeaderStatus
      className="scan-progress"
      attributes={{ 'data-testid': 'scan-progress', 'data-status': scan.status }}
      detail={detail}
      detailTestId="scan-progress-text"
      done={scan.filesRead}
      total={scan.total}
      progressLabel={t('scan.filesRead')}
      endedIcon={scan.status === 'scanning' ? undefined : ENDED_ICON[scan.status]}
      endedAsError={scan.error !== undefined || scan.status === 'failed'}
    >
      {scan.status === 'scanning' && <IconButton icon={CircleStop} label={t('common:cancel')} data-testid="scan-cancel" onClick={onCancel} title={t('scan.cancelTitle')} />}
    </HeaderStatus>
  );
}
