import type { Finding, FindingStatus, Lesion } from '../../core';
import { CaliperList } from './CaliperList';
import { LrTrEditor } from './LrTrEditor';
import { caliperFinding } from './caliperFinding';
import { useMemo } from 'react';
import { selectMeasurementList, selectTimepointLabels } from '../../store';
import { useAppState } from '../hooks';

type NumberField = 'viableLongestDiameterMm' | 'viablePerpendicularDiameterMm' | 'longestDiameterMm' | 'shortAxisMm';

const NUMBER_FIELDS: { field: NumberField; label: string; roles: Lesion['role'][] }[] = [
  { field: 'viableLongestDiameterMm', label: 'Viable LD (mm)', roles: ['target'] },
  { field: 'viablePerpendicularDiameterMm', label: 'Viable ⟂ (mm, EASL)', roles: ['target'] },
  { field: 'longestDiameterMm', label: 'Whole LD (mm)', roles: ['target', 'new'] },
  { field: 'shortAxisMm', label: 'Short axis (mm)', roles: ['target', 'new'] },
];

const STATUS_CHOICES: Record<Lesion['role'], { status: FindingStatus; label: string }[]> = {
  target: [
    { status: 'measured', label: 'measured' },
    { status: 'absent', label: 'absent (0 mm)' },
    { status: 'too-small', label: 'too small to measure' },
    { status: 'not-evaluable', label: 'not evaluable' },
  ],
  'non-target': [
    { status: 'present', label: 'present (enhancing)' },
    { status: 'absent', label: 'absent (no viable tumour)' },
    { status: 'unequivocal-progression', label: 'unequivocal progression' },
    { status: 'not-evaluable', label: 'not evaluable' },
  ],
  new: [
    { status: 'present', label: 'present' },
    { status: 'equivocal', label: 'equivocal' },
    { status: 'absent', label: 'absent' },
  ],
};

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
  const timepointId = useAppState((state) => state.activeTimepointId ?? state.assessment?.timepoints.at(-1)?.id ?? null);
  const labels = useAppState(selectTimepointLabels);
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
      <h3>
        {lesion.id} at {labels[timepointId] ?? timepointId}
      </h3>
      <label>
        Status
        <select data-testid="finding-status" value={finding.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as FindingStatus | undefined })}>
          <option value="">{lesion.role === 'target' ? '(from the calipers)' : '— not assessed —'}</option>
          {STATUS_CHOICES[lesion.role].map((choice) => (
            <option key={choice.status} value={choice.status}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {lesion.role === 'target' && (
        <button
          data-testid="viable-zero"
          onClick={() => set({ viableLongestDiameterMm: 0, status: undefined })}
          // A viable caliper's length would be used instead of the 0 mm.
          disabled={measured.viableLongestDiameterMm !== undefined}
          title={
            measured.viableLongestDiameterMm !== undefined
              ? 'A viable caliper measures this finding: delete it first'
              : 'No arterial enhancement left: viable diameter 0 mm'
          }
        >
          No viable tumour (0 mm)
        </button>
      )}
      {NUMBER_FIELDS.filter((f) => f.roles.includes(lesion.role)).map(({ field, label }) => {
        const fromCaliper = measured[field];
        const typed = finding[field];
        if (fromCaliper !== undefined) {
          // Measured: the caliper's value is the one used, so the field cannot be typed over.
          return (
            <label key={field}>
              {label}
              <input data-testid={`finding-${field}`} type="number" value={mm(fromCaliper)} disabled />
              <span className="hint" data-testid={`finding-${field}-source`}>
                from the caliper: move or delete it to change
                {typed !== undefined && typed !== fromCaliper ? `; the typed ${mm(typed)} is not used` : ''}
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
            Pattern
            <select data-testid="finding-pattern" value={finding.pattern ?? ''} onChange={(e) => set({ pattern: (e.target.value || undefined) as Finding['pattern'] })}>
              <option value="">—</option>
              <option value="typical">typical (APHE + washout)</option>
              <option value="atypical">atypical</option>
            </select>
          </label>
          {lesion.kind === 'effusion' && (
            <label>
              Cytology
              <select data-testid="finding-cytology" value={finding.cytology ?? ''} onChange={(e) => set({ cytology: (e.target.value || undefined) as Finding['cytology'] })}>
                <option value="">—</option>
                <option value="positive">positive</option>
                <option value="negative">negative</option>
                <option value="not-done">not done</option>
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
