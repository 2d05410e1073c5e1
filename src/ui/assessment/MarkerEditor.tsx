import { useMemo, useState } from 'react';
import { baselineDate, MARKER_NAMES, MARKER_UNITS, markerTrends, type MarkerName, type MarkerPoint } from '../../core';
import { addMarkerValue, deleteMarkerValue } from '../../actions';
import { COURSE_UI, MARKER_LABEL, markerChangeText } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';

function changeText(point: MarkerPoint, hasBaseline: boolean): string {
  if (point.isBaseline) return COURSE_UI.markerIsBaseline;
  if (point.changeFromBaselinePct !== null) return markerChangeText(point.changeFromBaselinePct);
  return hasBaseline ? COURSE_UI.markerBeforeBaseline : COURSE_UI.markerNoBaseline;
}

/**
 * AFP and PIVKA-II values by date with their change from the baseline value (the
 * rule is stated under the list), and a form to add one in the marker's unit.
 */
export function MarkerEditor() {
  const store = useAppStoreApi();
  const assessment = useAppState((state) => state.assessment);
  const trends = useMemo(() => (assessment ? markerTrends(assessment) : []), [assessment]);
  const [marker, setMarker] = useState<MarkerName>('AFP');
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  if (!assessment) return null;

  const submit = () => {
    const result = addMarkerValue(store, { marker, date, value: value.trim() === '' ? Number.NaN : Number(value), unit: MARKER_UNITS[marker] });
    setErrors(result.ok ? [] : result.errors);
    if (result.ok) setValue('');
  };
  const indexOf = (name: MarkerName, on: string) => (assessment.markers ?? []).findIndex((m) => m.marker === name && m.date === on);

  return (
    <section className="course-editor" data-testid="tumour-markers" aria-label={COURSE_UI.markersTitle}>
      <h2>{COURSE_UI.markersTitle}</h2>
      {trends.length === 0 && <p className="hint">{COURSE_UI.markersEmpty}</p>}
      {trends.map((trend) => (
        <ul key={trend.marker} data-testid="marker-list" data-marker={trend.marker}>
          {trend.points.map((p) => (
            <li key={p.date} data-testid="marker-item" data-marker={trend.marker} data-date={p.date}>
              <strong>{MARKER_LABEL[trend.marker]}</strong> {p.date}: {p.value} {trend.unit}
              <span className="hint" data-testid="marker-change">
                {changeText(p, trend.baseline !== null)}
              </span>
              <button className="danger" data-testid="marker-delete" onClick={() => deleteMarkerValue(store, indexOf(trend.marker, p.date))}>
                {COURSE_UI.delete}
              </button>
            </li>
          ))}
        </ul>
      ))}
      <p className="hint">{COURSE_UI.markerBaselineRule(baselineDate(assessment))}</p>
      <form data-testid="marker-form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <label>
          {COURSE_UI.marker}
          <select data-testid="marker-name" value={marker} onChange={(e) => setMarker(e.target.value as MarkerName)}>
            {MARKER_NAMES.map((name) => (
              <option key={name} value={name}>
                {MARKER_LABEL[name]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {COURSE_UI.date}
          <input type="date" data-testid="marker-date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {`${COURSE_UI.value} (${MARKER_UNITS[marker]})`}
          <input type="number" min={0} step="any" data-testid="marker-value" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" data-testid="marker-save">
          {COURSE_UI.add}
        </button>
      </form>
      {errors.length > 0 && (
        <p className="error" data-testid="marker-errors">
          {COURSE_UI.notSaved} {errors.join('; ')}
        </p>
      )}
    </section>
  );
}
