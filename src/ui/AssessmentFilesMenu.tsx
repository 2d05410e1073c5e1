import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { exportCsv, exportJson, exportSr, importJson, makeResponseReport, undoImport, type AssessmentSnapshot, type BinaryFile, type ImportProblem, type TextFile } from '../actions';
import { FileArchive, FileDown, FileJson, History, Printer, Sheet } from 'lucide-react';
import { AutosaveIndicator } from './AutosaveIndicator';
import { IconButton } from './IconButton';
import { useAppState, useAppStoreApi } from './hooks';
import { SavedAssessmentsDialog } from './SavedAssessmentsDialog';
import { SrOffersPanel } from './SrOffersPanel';
import './assessmentFilesMenu.css';

const MAX_ERRORS_SHOWN = 30;

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

/** What an import took away (Undo import brings it back). */
function replacedText({ assessment, measurements }: AssessmentSnapshot, t: TFunction<'app'>): string {
  const lesions = assessment.lesions.length;
  const calipers = Object.keys(measurements).length;
  if (lesions === 0 && calipers === 0) return t('files.replacedNothing');
  return t('files.replaced', { lesions: t('files.lesions', { count: lesions }), calipers: t('files.calipers', { count: calipers }) });
}

/** A refused import's problem: the field at fault as the file names it, what is wrong in the reader's words. */
function importProblemText(problem: ImportProblem, t: TFunction<'app'>): string {
  switch (problem.code) {
    case 'no-patient-open':
      return `${problem.path}: ${t('importError.noPatientOpen')}`;
    case 'other-patient':
      return `${problem.path}: ${t('importError.otherPatient', { filePatient: problem.filePatient, openPatient: problem.openPatient })}`;
    case 'invalid':
      return `${problem.path}: ${problem.detail}`;
  }
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

type Notice =
  | { kind: 'import-errors'; filename: string; errors: string[] }
  | { kind: 'report-failed'; errors: string[] }
  | { kind: 'sr-problems'; errors: string[] }
  | { kind: 'imported'; filename: string; previous: AssessmentSnapshot }
  | { kind: 'export-problems'; errors: string[] };

/** Export and import of the assessment file, the CSV export, and the list of saved assessments. */
export function AssessmentFilesMenu() {
  const { t } = useTranslation('app');
  const store = useAppStoreApi();
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [showSaved, setShowSaved] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onExportJson = () => {
    const file = exportJson(store);
    download(file);
    if (file.problems.length > 0) setNotice({ kind: 'export-problems', errors: file.problems });
  };

  const onImport = async (file: File) => {
    const outcome = importJson(store, await file.text());
    setNotice(
      outcome.ok
        ? { kind: 'imported', filename: file.name, previous: outcome.previous }
        : { kind: 'import-errors', filename: file.name, errors: outcome.errors.map((problem) => importProblemText(problem, t)) },
    );
  };

  const [busy, setBusy] = useState<'report' | 'sr' | null>(null);
  const onReport = () => {
    setBusy('report');
    openReport(() => makeResponseReport(store))
      .catch((error: unknown) => setNotice({ kind: 'report-failed', errors: [error instanceof Error ? error.message : String(error)] }))
      .finally(() => setBusy(null));
  };

  const onExportSr = () => {
    setBusy('sr');
    exportSr(store)
      .then((file) => {
        download(file);
        if (file.skippedCaliperIds.length > 0) {
          setNotice({ kind: 'sr-problems', errors: file.skippedCaliperIds.map((caliperId) => t('files.srCaliperNotOpen', { caliperId })) });
        }
      })
      .catch((error: unknown) => setNotice({ kind: 'sr-problems', errors: [error instanceof Error ? error.message : String(error)] }))
      .finally(() => setBusy(null));
  };

  const errors = notice && notice.kind !== 'imported' ? notice.errors : [];
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

      {notice && (
        <div
          className={`assessment-files-notice ${notice.kind === 'imported' ? 'ok' : 'error'}`}
          role={notice.kind === 'imported' ? 'status' : 'alert'}
          data-testid={notice.kind === 'imported' ? 'import-status' : notice.kind}
        >
          {notice.kind === 'import-errors' && <p>{t('files.notImported', { filename: notice.filename })}</p>}
          {notice.kind === 'export-problems' && <p>{t('files.exportProblems')}</p>}
          {notice.kind === 'report-failed' && <p>{t('files.reportFailed')}</p>}
          {notice.kind === 'sr-problems' && <p>{t('files.srProblems')}</p>}
          {notice.kind === 'imported' && (
            <p>
              {t('files.imported', { filename: notice.filename })} {replacedText(notice.previous, t)}
            </p>
          )}
          {errors.length > 0 && (
            <ul>
              {errors.slice(0, MAX_ERRORS_SHOWN).map((message, i) => (
                <li key={i}>{message}</li>
              ))}
              {errors.length > MAX_ERRORS_SHOWN && <li>{t('files.more', { count: errors.length - MAX_ERRORS_SHOWN })}</li>}
            </ul>
          )}
          {notice.kind === 'imported' && (
            <button
              data-testid="undo-import"
              onClick={() => {
                undoImport(store, notice.previous);
                setNotice(null);
              }}
            >
              {t('files.undoImport')}
            </button>
          )}
          <button data-testid="dismiss-notice" onClick={() => setNotice(null)}>
            {t('files.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
