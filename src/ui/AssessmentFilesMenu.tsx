import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportCsv, exportJson, exportSr, importJsonFile, makeResponseReport, type BinaryFile, type TextFile } from '../actions';
import { FileArchive, FileDown, FileJson, History, Printer, Sheet } from 'lucide-react';
import { AutosaveIndicator } from './AutosaveIndicator';
import { IconButton } from './IconButton';
import { useAppState, useAppStoreApi } from './hooks';
import { SavedAssessmentsDialog } from './SavedAssessmentsDialog';
import { SrOffersPanel } from './SrOffersPanel';
import './assessmentFilesMenu.css';

function download(file: TextFile | BinaryFile): void {
  const blob = 'text' in file ? new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }) : new Blob([file.bytes as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens the response report in a new tab, where the browser prints it or saves it
 * as PDF. The tab is opened at the click (a tab opened after the key images are
 * drawn would no longer count as the reader's doing and be blocked as a pop-up);
 * if the browser blocks it anyway, the report is downloaded instead.
 */
async function openReport(make: () => Promise<TextFile>): Promise<void> {
  const tab = window.open('', '_blank');
  const file = await make().catch((error: unknown) => {
    tab?.close();
    throw error;
  });
  if (!tab) return download(file);
  tab.location.href = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export and import of the assessment file, the CSV export, and the list of saved assessments. */
export function AssessmentFilesMenu() {
  const store = useAppStoreApi();
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const { t } = useTranslation('app');
  const notify = useAppState((state) => state.notify);
  const [showSaved, setShowSaved] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onExportJson = () => {
    const file = exportJson(store);
    download(file);
    if (file.problems.length > 0) notify({ messages: [{ code: 'export-not-importable', errors: file.problems }] });
  };

  const onImport = async (file: File) => {
    importJsonFile(store, file.name, await file.text());
  };

  const [busy, setBusy] = useState<'report' | 'sr' | null>(null);
  const onReport = () => {
    setBusy('report');
    openReport(() => makeResponseReport(store))
      .catch((error: unknown) => notify({ messages: [{ code: 'report-failed', detail: errorText(error) }] }))
      .finally(() => setBusy(null));
  };

  const onExportSr = () => {
    setBusy('sr');
    exportSr(store)
      .then((file) => {
        download(file);
        if (file.skippedCaliperIds.length > 0) notify({ messages: [{ code: 'sr-calipers-left-out', caliperIds: file.skippedCaliperIds }] });
      })
      .catch((error: unknown) => notify({ messages: [{ code: 'sr-export-failed', detail: errorText(error) }] }))
      .finally(() => setBusy(null));
  };

  return (
    <div className="assessment-files">
      <IconButton icon={FileJson} label={t('files.exportJson')} data-testid="export-json" disabled={!hasAssessment} onClick={onExportJson} title={t('files.exportJsonTitle')} />
      <IconButton icon={Sheet} label={t('files.exportCsv')} data-testid="export-csv" disabled={!hasAssessment} onClick={() => download(exportCsv(store))} title={t('files.exportCsvTitle')} />
      <IconButton
        icon={Printer}
        label={busy === 'report' ? t('files.preparingReport') : t('files.report')}
        data-testid="report"
        disabled={!hasAssessment || busy !== null}
        onClick={onReport}
        title={t('files.reportTitle')}
      />
      <IconButton
        icon={FileArchive}
        label={busy === 'sr' ? t('files.writingSr') : t('files.exportSr')}
        data-testid="export-sr"
        disabled={!hasAssessment || busy !== null}
        onClick={onExportSr}
        title={t('files.exportSrTitle')}
      />
      <IconButton icon={FileDown} label={t('files.importJson')} data-testid="import-json" disabled={!hasAssessment} onClick={() => input.current?.click()} title={t('files.importJsonTitle')} />
      <input
        ref={input}
        data-testid="import-json-input"
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void onImport(file);
        }}
      />
      <IconButton icon={History} label={t('files.saved')} data-testid="saved-assessments" onClick={() => setShowSaved(true)} title={t('files.savedTitle')} />
      <AutosaveIndicator />
      <SrOffersPanel />
      {showSaved && <SavedAssessmentsDialog onClose={() => setShowSaved(false)} />}
    </div>
  );
}
