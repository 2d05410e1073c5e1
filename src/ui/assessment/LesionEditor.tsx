import { useState } from 'react';
import { LESION_KINDS, type Lesion, type LesionKind, type LesionRole } from '../../core';
import { deleteLesion } from '../../actions';
import { useTranslation } from 'react-i18next';
import { useAppState, useAppStoreApi } from '../hooks';
import { ORGANS, organText } from './organText';

const COUINAUD = ['I', 'II', 'III', 'IVa', 'IVb', 'V', 'VI', 'VII', 'VIII'];
const ROLES: readonly LesionRole[] = ['target', 'non-target', 'new'];

/** Edits the active lesion: name, role, organ, Couinaud segment, kind, arterial enhancement at baseline; order and delete. */
export function LesionEditor() {
  const { t } = useTranslation('assessment');
  const lesion = useAppState((state) => state.assessment?.lesions.find((l) => l.id === state.activeLesionId));
  const store = useAppStoreApi();
  const { updateLesion, moveLesion } = useAppState((state) => state);
  const [renameError, setRenameError] = useState('');
  if (!lesion) return null;

  const rename = (id: string) => {
    const trimmed = id.trim();
    if (!trimmed || trimmed === lesion.id) return;
    // Said here in the reader's words; the store refuses it too, in English, for callers without a UI.
    if (store.getState().assessment?.lesions.some((other) => other.id === trimmed)) {
      setRenameError(t('lesionEditor.nameTaken', { lesionId: trimmed }));
      return;
    }
    try {
      updateLesion(lesion.id, { id: trimmed });
      setRenameError('');
    } catch (error) {
      setRenameError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="lesion-editor" data-testid="lesion-editor" data-lesion-id={lesion.id} aria-label={t('lesionEditor.label', { lesionId: lesion.id })}>
      <label>
        {t('lesionEditor.name')}
        <input
          key={lesion.id}
          data-testid="lesion-name"
          defaultValue={lesion.id}
          onBlur={(event) => rename(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && rename(event.currentTarget.value)}
        />
      </label>
      {renameError && <span className="error">{renameError}</span>}
      <label>
        {t('lesionEditor.role')}
        <select data-testid="lesion-role" value={lesion.role} onChange={(e) => updateLesion(lesion.id, { role: e.target.value as LesionRole })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lesionEditor.organ')}
        <select data-testid="lesion-organ" value={lesion.organ} onChange={(e) => updateLesion(lesion.id, { organ: e.target.value })}>
          {[...new Set([lesion.organ, ...ORGANS])].map((organ) => (
            <option key={organ} value={organ}>
              {organText(t, organ)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {lesion.organ === 'liver' ? t('lesionEditor.segment') : t('lesionEditor.location')}
        {lesion.organ === 'liver' ? (
          <select data-testid="lesion-location" value={lesion.location ?? ''} onChange={(e) => updateLesion(lesion.id, { location: e.target.value || undefined })}>
            <option value="">—</option>
            {COUINAUD.map((segment) => (
              <option key={segment}>{segment}</option>
            ))}
          </select>
        ) : (
          <input data-testid="lesion-location" defaultValue={lesion.location ?? ''} onBlur={(e) => updateLesion(lesion.id, { location: e.target.value || undefined })} />
        )}
      </label>
      <label>
        {t('lesionEditor.kind')}
        <select data-testid="lesion-kind" value={lesion.kind ?? 'parenchymal'} onChange={(e) => updateLesion(lesion.id, { kind: e.target.value as LesionKind })}>
          {LESION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {lesion.role === 'target' && <EnhancingCheckbox lesion={lesion} />}
      <div className="row-actions">
        <button onClick={() => moveLesion(lesion.id, -1)} title={t('lesionEditor.moveUp')}>
          ↑
        </button>
        <button onClick={() => moveLesion(lesion.id, 1)} title={t('lesionEditor.moveDown')}>
          ↓
        </button>
        <button data-testid="delete-lesion" className="danger" onClick={() => deleteLesion(store, lesion.id)}>
          {t('lesionEditor.delete', { lesionId: lesion.id })}
        </button>
      </div>
    </section>
  );
}

function EnhancingCheckbox({ lesion }: { lesion: Lesion }) {
  const { t } = useTranslation('assessment');
  const updateLesion = useAppState((state) => state.updateLesion);
  return (
    <label className="checkbox-label" title={t('lesionEditor.enhancingTitle')}>
      <input
        type="checkbox"
        data-testid="lesion-enhancing"
        checked={lesion.enhancingAtBaseline !== false}
        onChange={(e) => updateLesion(lesion.id, { enhancingAtBaseline: e.target.checked })}
      />
      {t('lesionEditor.enhancing')}
    </label>
  );
}
