import { useState } from 'react';
import { TREATMENT_TYPES, type Lesion, type Treatment, type TreatmentType } from '../../core';
import { addTreatment, deleteTreatment, updateTreatment } from '../../actions';
import { useTranslation } from 'react-i18next';
import { formatDate, treatmentText } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';
import { useLocale } from '../useTimepointLabels';

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
  const { t } = useTranslation('course');
  const locale = useLocale();
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
    <section className="course-editor" data-testid="treatment-course" aria-label={t('treatments.title')}>
      <h2>{t('treatments.title')}</h2>
      {treatments.length === 0 ? (
        <p className="hint">{t('treatments.empty')}</p>
      ) : (
        <ul>
          {treatments.map((treatment, index) => (
            <li key={`${treatment.date}-${index}`} data-testid="treatment-item" data-type={treatment.type} data-date={treatment.date}>
              <strong>{formatDate(treatment.date, locale)}</strong> {treatmentText(treatment, locale)}
              {treatment.lesionIds?.length ? <span>· {treatment.lesionIds.join(', ')}</span> : null}
              {treatment.note ? <span className="hint">· {treatment.note}</span> : null}
              <button data-testid="treatment-edit" onClick={() => (setEditing(index), setDraft(toDraft(treatment)), setErrors([]))}>
                {t('form.edit')}
              </button>
              <button className="danger" data-testid="treatment-delete" onClick={() => deleteTreatment(store, index)}>
                {t('form.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form data-testid="treatment-form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <label>
          {t('form.date')}
          <input type="date" data-testid="treatment-date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label>
          {t('treatments.type')}
          <select data-testid="treatment-type" value={draft.type} onChange={(e) => set({ type: e.target.value as TreatmentType })}>
            {TREATMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`treatmentType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {draft.type === 'systemic' ? t('treatments.drugRequired') : t('treatments.drug')}
          <input data-testid="treatment-drug" value={draft.drug} onChange={(e) => set({ drug: e.target.value })} />
        </label>
        {lesions.length > 0 && (
          <fieldset>
            <legend>{t('treatments.treatedLesions')}</legend>
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
          {t('treatments.note')}
          <input data-testid="treatment-note" value={draft.note} onChange={(e) => set({ note: e.target.value })} />
        </label>
        <button type="submit" data-testid="treatment-save">
          {editing === null ? t('form.add') : t('form.save')}
        </button>
        {editing !== null && (
          <button type="button" onClick={() => (setEditing(null), setDraft(EMPTY), setErrors([]))}>
            {t('form.cancel')}
          </button>
        )}
      </form>
      {errors.length > 0 && (
        <p className="error" data-testid="treatment-errors">
          {t('form.notSaved')} {errors.join('; ')}
        </p>
      )}
    </section>
  );
}
