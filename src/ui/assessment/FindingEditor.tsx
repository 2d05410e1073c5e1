import type { Finding, FindingStatus, Lesion } from '../../core';
import { CaliperList } from './CaliperList';
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

/**
 * The finding of the active lesion at the selected timepoint. Diameters normally
 * come from calipers (shown, read-only); without one the reader may type a value.
 */
export function FindingEditor() {
  const lesion = useAppState((state) => state.assessment?.lesions.find((l) => l.id === state.activeLesionId));
  const timepointId = useAppState((state) => state.activeTimepointId ?? state.assessment?.timepoints.at(-1)?.id ?? null);
  const labels = useAppState(selectTimepointLabels);
  const measurements = useAppState(selectMeasurementList);
  const calipers = useMemo(
    () => measurements.filter((m) => m.lesionId === lesion?.id && m.timepointId === timepointId),
    [measurements, lesion?.id, timepointId],
  );
  const setFinding = useAppState((state) => state.setFinding);
  if (!lesion || !timepointId) return null;
  const finding: Finding = lesion.findings[timepointId] ?? {};
  const set = (patch: Partial<Finding>) => setFinding(lesion.id, timepointId, patch);
  const measuredKinds = new Set(calipers.map((m) => m.kind));
  const fromCaliper = (field: NumberField) =>
    (field === 'viableLongestDiameterMm' && (measuredKinds.has('viable') || measuredKinds.has('viable-bidirectional'))) ||
    (field === 'viablePerpendicularDiameterMm' && measuredKinds.has('viable-bidirectional')) ||
    (field === 'longestDiameterMm' && measuredKinds.has('whole')) ||
    (field === 'shortAxisMm' && measuredKinds.has('short-axis'));

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
        <button data-testid="viable-zero" onClick={() => set({ viableLongestDiameterMm: 0, status: undefined })} title="No arterial enhancement left: viable diameter 0 mm">
          No viable tumour (0 mm)
        </button>
      )}
      {NUMBER_FIELDS.filter((f) => f.roles.includes(lesion.role)).map(({ field, label }) => (
        <label key={field}>
          {label}
          <input
            key={`${lesion.id}-${timepointId}-${field}-${finding[field] ?? ''}`}
            data-testid={`finding-${field}`}
            type="number"
            min={0}
            step={0.1}
            readOnly={fromCaliper(field)}
            title={fromCaliper(field) ? 'Measured with a caliper: move or delete the caliper to change it' : undefined}
            defaultValue={finding[field] ?? ''}
            onBlur={(e) => !fromCaliper(field) && set({ [field]: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </label>
      ))}
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
      <CaliperList calipers={calipers} />
    </section>
  );
}
