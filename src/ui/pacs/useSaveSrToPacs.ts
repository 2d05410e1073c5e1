import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPacsServer, pacsClientFor, saveSrToPacs } from '../../actions';
import { pacsErrorText } from '../../io';
import { useAppState, useAppStoreApi } from '../hooks';

/** What saving SR said, as data worded at render time (so it follows a change of language). */
type SaveResult =
  | { ok: true; stored: number; leftOut: number }
  | { ok: false; refused: number; sent: number; leftOut: number }
  | { ok: false; failure: unknown }
  | { ok: false; noServer: true };

/** "Save SR to PACS": stores the assessment where the images are, and says how it went in the reader's words. */
export function useSaveSrToPacs() {
  const { t } = useTranslation('pacs');
  const store = useAppStoreApi();
  const locale = useAppState((state) => state.locale);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);

  const save = async () => {
    const server = loadPacsServer();
    if (!server) return setResult({ ok: false, noServer: true });
    setSaving(true);
    setResult(null);
    try {
      const outcome = await saveSrToPacs(store, pacsClientFor(server));
      const leftOut = outcome.skippedCaliperIds.length;
      setResult(
        outcome.refused === 0
          ? { ok: true, stored: outcome.stored, leftOut }
          : { ok: false, refused: outcome.refused, sent: outcome.stored + outcome.refused, leftOut },
      );
    } catch (error) {
      setResult({ ok: false, failure: error });
    } finally {
      setSaving(false);
    }
  };

  const wordsOf = (said: SaveResult): string => {
    if ('noServer' in said) return t('saveSr.noServer');
    if ('failure' in said) return t('saveSr.failed', { reason: pacsErrorText(said.failure, locale) });
    const leftOut = said.leftOut ? t('saveSr.leftOut', { count: said.leftOut }) : '';
    return said.ok ? t('saveSr.saved', { count: said.stored, leftOut }) : t('saveSr.refused', { refused: said.refused, count: said.sent, leftOut });
  };

  return { save, saving, result: result && { ok: result.ok, text: wordsOf(result) } };
}
