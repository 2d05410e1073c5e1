import { useTranslation } from 'react-i18next';
import { useAppState } from './hooks';

/** Progress of the running folder scan: files read of total, DICOM found, skipped; with a cancel button. */
export function ScanProgressBar({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation(['app', 'common']);
  const scan = useAppState((state) => state.scan);
  if (scan.status === 'idle') return null;
  const percent = scan.total > 0 ? Math.round((100 * scan.filesRead) / scan.total) : 0;
  return (
    <div className="scan-progress" data-testid="scan-progress" data-status={scan.status}>
      <progress max={scan.total || 1} value={scan.filesRead} aria-label={t('scan.filesRead')} />
      <span data-testid="scan-progress-text">
        {t('scan.progress', { status: t(`scan.status.${scan.status}`), read: scan.filesRead, total: scan.total, percent, dicom: scan.dicomFound, skipped: scan.skipped })}
      </span>
      {scan.status === 'scanning' && (
        <button data-testid="scan-cancel" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      )}
      {scan.error && <span className="error">{scan.error}</span>}
    </div>
  );
}
