import { useState } from 'react';
import { TREATMENT_TYPES, type Lesion, type Treatment, type TreatmentType } from '../../core';
import { addTreatment, deleteTreatment, updateTreatment } from '../../actions';
import { COURSE_UI, TREATMENT_LABEL, treatmentText } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';

const NO_TREATMENTS: Treatment[] = [];
const NO_LESIONS: Lesion[] = [];

/** The form's fields as typed; empty text fields are left out of the saved treatment. */
interface Draft {
  date: string;
  type: TreatmentType;
  drug: string;
  lesionIds: string[];
  note: string;
}

const EMPTY: Draft = { date: '', type: 'cTACE', drug: '', lesionIds: [], note: '' };

function toTreatment(draft: Draft): Treatment {
  return {
    date: draft.date,
    type: draft.type,
    ...(draft.drug.trim() ? { drug: draft.drug.trim() } : {}),
    ...(draft.lesionIds.length > 0 ? { lesionIds: draft.lesionIds } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

function toDraft(t: Treatment): Draft {
  return { date: t.date, type: t.type, drug: t.drug ?? '', lesionIds: t.lesionIds ?? [], note: t.note ?? '' };
}

/**
 * The treatment events of the course: a list by date with Edit and Delete, and a
 * form to add one (or change the one being edited). A refused entry stays in the
 * form with the reasons beside it.
 */
export function TreatmentCourseEditor() {
  const store = useAppStoreApi();
  const treatments = useAppState((state) => state.assessment?.treatments ?? NO_TREATMENTS);
  const lesions = useAppState((state) => state.assessment?.lesions ?? NO_LESIONS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = () => {
    const result = editing === null ? addTreatment(store, toTreatment(draft)) : updateTreatment(store, editing, toTreatment(draft));
    setErrors(result.ok ? [] : result.errors);
    if (result.ok) {
      setDraft(EMPTY);
      setEditing(null);
    }
  };

  return (
    <section className="course-editor" data-testid="treatment-course" aria-label={COURSE_UI.treatmentsTitle}>
      <h2>{COURSE_UI.treatmentsTitle}</h2>
      {treatments.length === 0 ? (
        <p className="hint">{COURSE_UI.treatmentsEmpty}</p>
      ) : (
        <ul>
          {treatments.map((t, index) => (
            <li key={`${t.date}-${index}`} data-testid="treatment-item" data-type={t.type} data-date={t.date}>
              <strong>{t.date}</strong> {treatmentText(t)}
              {t.lesionIds?.length ? <span>· {t.lesionIds.join(', ')}</span> : null}
              {t.note ? <span className="hint">· {t.note}</span> : null}
              <button data-testid="treatment-edit" onClick={() => (setEditing(index), setDraft(toDraft(t)), setErrors([]))}>
                {COURSE_UI.edit}
              </button>
              <button className="danger" data-testid="treatment-delete" onClick={() => deleteTreatment(store, index)}>
                {COURSE_UI.delete}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form data-testid="treatment-form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <label>
          {COURSE_UI.date}
          <input type="date" data-testid="treatment-date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label>
          {COURSE_UI.type}
          <select data-testid="treatment-type" value={draft.type} onChange={(e) => set({ type: e.target.value as TreatmentType })}>
            {TREATMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {TREATMENT_LABEL[type]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {draft.type === 'systemic' ? COURSE_UI.drugRequired : COURSE_UI.drug}
          <input data-testid="treatment-drug" value={draft.drug} onChange={(e) => set({ drug: e.target.value })} />
        </label>
        {lesions.length > 0 && (
          <fieldset>
            <legend>{COURSE_UI.treatedLesions}</legend>
            {lesions.map(({ id }) => (
              <label key={id} className="checkbox-label">
                <input
                  type="checkbox"
                  data-testid="treatment-lesion"
                  value={id}
                  checked={draft.lesionIds.includes(id)}
                  onChange={(e) => set({ lesionIds: e.target.checked ? [...draft.lesionIds, id] : draft.lesionIds.filter((l) => l !== id) })}
                />
                {id}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          {COURSE_UI.note}
          <input data-testid="treatment-note" value={draft.note} onChange={(e) => set({ note: e.target.value })} />
        </label>
        <button type="submit" data-testid="treatment-save">
          {editing === null ? COURSE_UI.add : COURSE_UI.save}
        </button>
        {editing !== null && (
          <button type="button" onClick={() => (setEditing(null), setDraft(EMPTY), setErrors([]))}>
            {COURSE_UI.cancel}
          </button>
        )}
      </form>
      {errors.length > 0 && (
        <p className="error" data-testid="treatment-errors">
          {COURSE_UI.notSaved} {errors.join('; ')}
        </p>
      )}
    </section>
  );
}
