import type { Finding, FindingStatus, Lesion } from '../../core';
import { CaliperList } from './CaliperList';
import { LrTrEditor } from './LrTrEditor';
import { caliperFinding } from './caliperFinding';
import { useMemo } from 'react';
import { selectEditedTimepointId, selectMeasurementList } from '../../store';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../hooks';
import { useTimepointLabels } from '../useTimepointLabels';

type NumberField = 'viableLongestDiameterMm' | 'viablePerpendicularDiameterMm' | 'longestDiameterMm' | 'shortAxisMm';

/** The diameters a reader may type, by the roles that have them (labels in the `assessment` catalogue). */
const NUMBER_FIELDS: { field: NumberField; roles: Lesion['role'][] }[] = [
  { field: 'viableLongestDiameterMm', roles: ['target'] },
  { field: 'viablePerpendicularDiameterMm', roles: ['target'] },
  { field: 'longestDiameterMm', roles: ['target', 'new'] },
  { field: 'shortAxisMm', roles: ['target', 'new'] },
];

/** The statuses the reader can choose, by role, in the order offered. */
const STATUS_CHOICES = {
  target: ['measured', 'absent', 'too-small', 'not-evaluable'],
  nonTarget: ['present', 'absent', 'unequivocal-progression', 'not-evaluable'],
  new: ['present', 'equivocal', 'absent'],
} as const satisfies Record<string, readonly FindingStatus[]>;

const mm = (value: number) => value.toFixed(1);

/**
 * The finding of the active lesion at the selected timepoint. Diameters normally
 * come from calipers (shown, not editable, with where they come from); without one
 * the reader may type a value.
 */
export function FindingEditor() {
  const assessment = useAppState((state) => state.assessment);
  const activeLesionId = useAppState((state) => state.activeLesionId);
  const lesion = assessment?.lesions.find((l) => l.id === activeLesionId);
  const timepointId = useAppState(selectEditedTimepointId);
  const { t } = useTranslation('assessment');
  const labels = useTimepointLabels().full;
  const measurements = useAppState(selectMeasurementList);
  const calipers = useMemo(
    () => measurements.filter((m) => m.lesionId === lesion?.id && m.timepointId === timepointId),
    [measurements, lesion?.id, timepointId],
  );
  const measured = useMemo(
    () => (assessment && lesion && timepointId ? caliperFinding(assessment, lesion, timepointId, calipers) : {}),
    [assessment, lesion, timepointId, calipers],
  );
  const setFinding = useAppState((state) => state.setFinding);
  if (!lesion || !timepointId) return null;
  const finding: Finding = lesion.findings[timepointId] ?? {};
  const set = (patch: Partial<Finding>) => setFinding(lesion.id, timepointId, patch);

  return (
    <section className="finding-editor" data-testid="finding-editor" data-lesion-id={lesion.id} data-timepoint-id={timepointId}>
      <h3>{t('findingEditor.heading', { lesionId: lesion.id, timepoint: labels[timepointId] ?? timepointId })}</h3>
      <label>
        {t('findingEditor.status')}
        <select data-testid="finding-status" value={finding.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as FindingStatus | undefined })}>
          <option value="">{lesion.role === 'target' ? t('findingEditor.fromCalipers') : t('findingEditor.notAssessed')}</option>
          <StatusOptions role={lesion.role} />
        </select>
      </label>
      {lesion.role === 'target' && (
        <button
          data-testid="viable-zero"
          onClick={() => set({ viableLongestDiameterMm: 0, status: undefined })}
          // A viable caliper's length would be used instead of the 0 mm.
          disabled={measured.viableLongestDiameterMm !== undefined}
          title={measured.viableLongestDiameterMm !== undefined ? t('findingEditor.viableZeroMeasured') : t('findingEditor.viableZeroTitle')}
        >
          {t('findingEditor.viableZero')}
        </button>
      )}
      {NUMBER_FIELDS.filter((f) => f.roles.includes(lesion.role)).map(({ field }) => {
        const label = t(`findingEditor.field.${field}`);
        const fromCaliper = measured[field];
        const typed = finding[field];
        if (fromCaliper !== undefined) {
          // Measured: the caliper's value is the one used, so the field cannot be typed over.
          return (
            <label key={field}>
              {label}
              <input data-testid={`finding-${field}`} type="number" value={mm(fromCaliper)} disabled />
              <span className="hint" data-testid={`finding-${field}-source`}>
                {t('findingEditor.fromCaliper')}
                {typed !== undefined && typed !== fromCaliper ? t('findingEditor.typedNotUsed', { value: mm(typed) }) : ''}
              </span>
            </label>
          );
        }
        return (
          <label key={field}>
            {label}
            <input
              key={`${lesion.id}-${timepointId}-${field}-${typed ?? ''}`}
              data-testid={`finding-${field}`}
              type="number"
              min={0}
              step={0.1}
              defaultValue={typed ?? ''}
              onBlur={(e) => set({ [field]: e.target.value === '' ? undefined : Number(e.target.value) })}
            />
          </label>
        );
      })}
      {lesion.role === 'new' && (
        <>
          <label>
            {t('findingEditor.pattern')}
            <select data-testid="finding-pattern" value={finding.pattern ?? ''} onChange={(e) => set({ pattern: (e.target.value || undefined) as Finding['pattern'] })}>
              <option value="">—</option>
              <option value="typical">{t('findingEditor.patternChoice.typical')}</option>
              <option value="atypical">{t('findingEditor.patternChoice.atypical')}</option>
            </select>
          </label>
          {lesion.kind === 'effusion' && (
            <label>
              {t('findingEditor.cytology')}
              <select data-testid="finding-cytology" value={finding.cytology ?? ''} onChange={(e) => set({ cytology: (e.target.value || undefined) as Finding['cytology'] })}>
                <option value="">—</option>
                <option value="positive">{t('findingEditor.cytologyChoice.positive')}</option>
                <option value="negative">{t('findingEditor.cytologyChoice.negative')}</option>
                <option value="not-done">{t('findingEditor.cytologyChoice.not-done')}</option>
              </select>
            </label>
          )}
        </>
      )}
      {lesion.role !== 'new' && <LrTrEditor finding={finding} onChange={(lrTr) => set({ lrTr })} />}
      <CaliperList calipers={calipers} />
    </section>
  );
}

/** The statuses a lesion of `role` can have, in the reader's words. */
function StatusOptions({ role }: { role: Lesion['role'] }) {
  const { t } = useTranslation('assessment');
  const choices: [FindingStatus, string][] =
    role === 'target'
      ? STATUS_CHOICES.target.map((status) => [status, t(`findingEditor.choice.target.${status}`)])
      : role === 'non-target'
        ? STATUS_CHOICES.nonTarget.map((status) => [status, t(`findingEditor.choice.nonTarget.${status}`)])
        : STATUS_CHOICES.new.map((status) => [status, t(`findingEditor.choice.new.${status}`)]);
  return choices.map(([status, label]) => (
    <option key={status} value={status}>
      {label}
    </option>
  ));
}
