import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPickDirectoryHandle, loadDemoStudies, openLocalFiles, pickDirectoryFiles } from '../actions';
import { FileUp, FolderOpen, Server } from 'lucide-react';
import { useAppStoreApi } from './hooks';
import { IconButton } from './IconButton';
import { PacsDialog } from './pacs/PacsDialog';

/**
 * Opens a file input's picker. Its value is cleared here rather than after the pick,
 * so that picking the same folder again still fires `change` while the FileList
 * handed to the scan stays whole until the scan has listed it.
 */
function pickWith(input: HTMLInputElement | null): void {
  if (!input) return;
  input.value = '';
  input.click();
}

/**
 * The ways to open images: a folder (File System Access API where available,
 * `<input webkitdirectory>` otherwise), several files (including .zip), a DICOMweb PACS, and the demo studies.
 */
export function OpenButtons({ showDemo = true }: { showDemo?: boolean }) {
  const { t } = useTranslation('app');
  const store = useAppStoreApi();
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [demoStatus, setDemoStatus] = useState<string>('');
  const [pacsOpen, setPacsOpen] = useState(false);

  const openFolder = async () => {
    if (!canPickDirectoryHandle()) {
      pickWith(folderInput.current);
      return;
    }
    try {
      await openLocalFiles(store, await pickDirectoryFiles());
    } catch (error) {
      // The reader closing the picker is not an error.
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    }
  };

  const openDemo = async () => {
    try {
      await loadDemoStudies(store, (done, total) => setDemoStatus(t('open.fetchingDemo', { done, total })));
      setDemoStatus('');
    } catch (error) {
      setDemoStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="open-buttons">
      <IconButton className="primary" icon={FolderOpen} label={t('open.folder')} data-testid="open-folder" onClick={() => void openFolder()} />
      <IconButton icon={FileUp} label={t('open.files')} data-testid="open-files" onClick={() => pickWith(filesInput.current)} />
      <IconButton icon={Server} label={t('open.pacs')} data-testid="open-pacs" onClick={() => setPacsOpen(true)} />
      {pacsOpen && <PacsDialog onClose={() => setPacsOpen(false)} />}
      {showDemo && (
        <button data-testid="load-demo" onClick={() => void openDemo()}>
          {t('open.demo')}
        </button>
      )}
      {demoStatus && <span data-testid="demo-status">{demoStatus}</span>}
      <input
        ref={folderInput}
        data-testid="folder-input"
        type="file"
        hidden
        multiple
        {...{ webkitdirectory: '' }}
        onChange={(event) => {
          if (event.target.files) void openLocalFiles(store, event.target.files);
        }}
      />
      <input
        ref={filesInput}
        data-testid="files-input"
        type="file"
        hidden
        multiple
        onChange={(event) => {
          if (event.target.files) void openLocalFiles(store, event.target.files);
        }}
      />
    </div>
  );
}
