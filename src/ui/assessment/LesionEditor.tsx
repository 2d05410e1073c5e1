import { useState } from 'react';
import { LESION_KINDS, type Lesion, type LesionKind, type LesionRole } from '../../core';
import { deleteLesion } from '../../actions';
import { useAppState, useAppStoreApi } from '../hooks';

const COUINAUD = ['I', 'II', 'III', 'IVa', 'IVb', 'V', 'VI', 'VII', 'VIII'];
const ORGANS = ['liver', 'lymph node', 'lung', 'peritoneum', 'bone', 'adrenal', 'pleura', 'other'];

/** Edits the active lesion: name, role, organ, Couinaud segment, kind, arterial enhancement at baseline; order and delete. */
export function LesionEditor() {
  const lesion = useAppState((state) => state.assessment?.lesions.find((l) => l.id === state.activeLesionId));
  const store = useAppStoreApi();
  const { updateLesion, moveLesion } = useAppState((state) => state);
  const [renameError, setRenameError] = useState('');
  if (!lesion) return null;

  const rename = (id: string) => {
    const trimmed = id.trim();
    if (!trimmed || trimmed === lesion.id) return;
    try {
      updateLesion(lesion.id, { id: trimmed });
      setRenameError('');
    } catch (error) {
      setRenameError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="lesion-editor" data-testid="lesion-editor" data-lesion-id={lesion.id} aria-label={`Lesion ${lesion.id}`}>
      <label>
        Name
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
        Role
        <select data-testid="lesion-role" value={lesion.role} onChange={(e) => updateLesion(lesion.id, { role: e.target.value as LesionRole })}>
          <option value="target">target</option>
          <option value="non-target">non-target</option>
          <option value="new">new</option>
        </select>
      </label>
      <label>
        Organ
        <select data-testid="lesion-organ" value={lesion.organ} onChange={(e) => updateLesion(lesion.id, { organ: e.target.value })}>
          {[...new Set([lesion.organ, ...ORGANS])].map((organ) => (
            <option key={organ}>{organ}</option>
          ))}
        </select>
      </label>
      <label>
        {lesion.organ === 'liver' ? 'Segment' : 'Location'}
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
        Kind
        <select data-testid="lesion-kind" value={lesion.kind ?? 'parenchymal'} onChange={(e) => updateLesion(lesion.id, { kind: e.target.value as LesionKind })}>
          {LESION_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
      </label>
      {lesion.role === 'target' && <EnhancingCheckbox lesion={lesion} />}
      <div className="row-actions">
        <button onClick={() => moveLesion(lesion.id, -1)} title="Move up">↑</button>
        <button onClick={() => moveLesion(lesion.id, 1)} title="Move down">↓</button>
        <button data-testid="delete-lesion" className="danger" onClick={() => deleteLesion(store, lesion.id)}>
          Delete {lesion.id}
        </button>
      </div>
    </section>
  );
}

function EnhancingCheckbox({ lesion }: { lesion: Lesion }) {
  const updateLesion = useAppState((state) => state.updateLesion);
  return (
    <label className="checkbox-label" title="mRECIST: a target must show intratumoral arterial enhancement at baseline">
      <input
        type="checkbox"
        data-testid="lesion-enhancing"
        checked={lesion.enhancingAtBaseline !== false}
        onChange={(e) => updateLesion(lesion.id, { enhancingAtBaseline: e.target.checked })}
      />
      Arterially enhancing at baseline
    </label>
  );
}
