import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterTagTree, type TagNode } from '../../dicom';
import { imageTags } from '../../viewer';
import './tagBrowser.css';

type Row = { kind: 'tag'; node: TagNode; depth: number } | { kind: 'item'; number: number; depth: number };

/** The table's rows: each tag, and under a sequence its items, indented by nesting depth. */
function rowsOf(nodes: readonly TagNode[], depth = 0): Row[] {
  return nodes.flatMap((node): Row[] => [
    { kind: 'tag', node, depth },
    ...(node.items ?? []).flatMap((item, i) => [{ kind: 'item' as const, number: i + 1, depth: depth + 1 }, ...rowsOf(item, depth + 2)]),
  ]);
}

type Loaded = { imageId: string; tags: TagNode[] } | { imageId: string; error: string };

/**
 * The DICOM attributes of the image on screen, searchable, sequences nested. A
 * modal `<dialog>`: focus goes to the search box, Tab stays inside, Escape or
 * Close shuts it and gives focus back to the button that opened it. Read from the
 * local file; nothing leaves the machine.
 */
export function TagBrowserDialog({ imageId, onClose }: { imageId: string; onClose: () => void }) {
  const { t } = useTranslation(['viewport', 'common']);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [query, setQuery] = useState('');

  // No close() on cleanup: it would fire `close` and so onClose after a StrictMode remount; unmounting removes the dialog anyway.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    imageTags(imageId).then(
      (tags) => !cancelled && setLoaded({ imageId, tags }),
      (error: unknown) => !cancelled && setLoaded({ imageId, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [imageId]);

  const current = loaded?.imageId === imageId ? loaded : undefined;
  const rows = useMemo(() => (current && 'tags' in current ? rowsOf(filterTagTree(current.tags, query)) : []), [current, query]);

  return (
    <dialog ref={dialogRef} className="tag-browser" data-testid="tag-browser" aria-labelledby="tag-browser-title" onClose={onClose}>
      <header>
        <h2 id="tag-browser-title">{t('tags.title')}</h2>
        <input
          // Not type=search: there Escape clears the text instead of closing the dialog.
          type="text"
          role="searchbox"
          data-testid="tag-search"
          aria-label={t('tags.search')}
          placeholder={t('tags.searchPlaceholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" data-testid="tag-browser-close" onClick={() => dialogRef.current?.close()}>
          {t('common:close')}
        </button>
      </header>
      {!current && <p role="status">{t('tags.reading')}</p>}
      {current && 'error' in current && (
        <p role="alert" className="error">
          {t('tags.unreadable', { error: current.error })}
        </p>
      )}
      {current && 'tags' in current && (
        <div className="tag-table-scroll">
          <table className="tag-table" data-testid="tag-table">
            <thead>
              <tr>
                <th scope="col">{t('tags.columns.tag')}</th>
                <th scope="col">{t('tags.columns.name')}</th>
                <th scope="col">{t('tags.columns.vr')}</th>
                <th scope="col">{t('tags.columns.value')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) =>
                row.kind === 'item' ? (
                  <tr key={i} className="tag-item">
                    <td colSpan={4} style={{ paddingLeft: `${row.depth * 16}px` }}>
                      {t('tags.item', { number: row.number })}
                    </td>
                  </tr>
                ) : (
                  <tr key={i} data-testid="tag-row" data-keyword={row.node.keyword} data-depth={row.depth}>
                    <td className="tag-number">{row.node.tag}</td>
                    <td style={{ paddingLeft: `${row.depth * 16}px` }}>{row.node.keyword}</td>
                    <td>{row.node.vr}</td>
                    <td className="tag-value" data-testid="tag-value">
                      {row.node.value}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {rows.length === 0 && <p>{t('tags.noMatch', { query })}</p>}
        </div>
      )}
    </dialog>
  );
}
