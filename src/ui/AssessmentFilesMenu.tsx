import { useRef, useState } from 'react';
import { exportCsv, exportJson, exportSr, importJson, makeResponseReport, undoImport, type AssessmentSnapshot, type BinaryFile, type TextFile } from '../actions';
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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What an import took away (Undo import brings it back). */
function replacedText({ assessment, measurements }: AssessmentSnapshot): string {
  const lesions = assessment.lesions.length;
  const calipers = Object.keys(measurements).length;
  if (lesions === 0 && calipers === 0) return 'The previous assessment was empty.';
  return `It replaced the previous assessment: ${plural(lesions, 'lesion')} and ${plural(calipers, 'caliper')}.`;
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
        : { kind: 'import-errors', filename: file.name, errors: outcome.errors },
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
          setNotice({ kind: 'sr-problems', errors: file.skippedCaliperIds.map((id) => `caliper ${id}: its image is not open, so it is not in the SR`) });
        }
      })
      .catch((error: unknown) => setNotice({ kind: 'sr-problems', errors: [error instanceof Error ? error.message : String(error)] }))
      .finally(() => setBusy(null));
  };

  const errors = notice && notice.kind !== 'imported' ? notice.errors : [];
  return (
    <div className="assessment-files">
      <IconButton icon={FileJson} label="Export JSON" data-testid="export-json" disabled={!hasAssessment} onClick={onExportJson} title="Export the assessment as JSON" />
      <IconButton icon={Sheet} label="Export CSV" data-testid="export-csv" disabled={!hasAssessment} onClick={() => download(exportCsv(store))} title="Export the lesion table as CSV" />
      <IconButton
        icon={Printer}
        label={busy === 'report' ? 'Preparing report…' : 'Report…'}
        data-testid="report"
        disabled={!hasAssessment || busy !== null}
        onClick={onReport}
        title="Printable report with key images (print or save as PDF)"
      />
      <IconButton
        icon={FileArchive}
        label={busy === 'sr' ? 'Writing SR…' : 'Export SR'}
        data-testid="export-sr"
        disabled={!hasAssessment || busy !== null}
        onClick={onExportSr}
        title="DICOM SR (TID 1500), one per timepoint, zipped"
      />
      <IconButton icon={FileDown} label="Import JSON…" data-testid="import-json" disabled={!hasAssessment} onClick={() => input.current?.click()} title="Import an assessment file (JSON)" />
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
      <IconButton icon={History} label="Saved assessments" data-testid="saved-assessments" onClick={() => setShowSaved(true)} title="Assessments saved in this browser" />
      <AutosaveIndicator />
      <SrOffersPanel />
      {showSaved && <SavedAssessmentsDialog onClose={() => setShowSaved(false)} />}

      {notice && (
        <div
          className={`assessment-files-notice ${notice.kind === 'imported' ? 'ok' : 'error'}`}
          role={notice.kind === 'imported' ? 'status' : 'alert'}
          data-testid={notice.kind === 'imported' ? 'import-status' : notice.kind}
        >
          {notice.kind === 'import-errors' && <p>{notice.filename} was not imported; the current assessment is unchanged.</p>}
          {notice.kind === 'export-problems' && <p>Exported, but the file will not import until these are fixed:</p>}
          {notice.kind === 'report-failed' && <p>The report could not be made:</p>}
          {notice.kind === 'sr-problems' && <p>DICOM SR export:</p>}
          {notice.kind === 'imported' && (
            <p>
              Imported {notice.filename}. {replacedText(notice.previous)}
            </p>
          )}
          {errors.length > 0 && (
            <ul>
              {errors.slice(0, MAX_ERRORS_SHOWN).map((message, i) => (
                <li key={i}>{message}</li>
              ))}
              {errors.length > MAX_ERRORS_SHOWN && <li>… and {errors.length - MAX_ERRORS_SHOWN} more</li>}
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
              Undo import
            </button>
          )}
          <button data-testid="dismiss-notice" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
