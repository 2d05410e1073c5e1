import { useMemo, useState } from 'react';
import { baselineDate, MARKER_NAMES, MARKER_UNITS, markerTrends, type MarkerName, type MarkerPoint } from '../../core';
import { addMarkerValue, deleteMarkerValue } from '../../actions';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate, signedPct } from '../../text';
import { useAppState, useAppStoreApi } from '../hooks';
import { useLocale } from '../useTimepointLabels';

function changeText(t: TFunction<'course'>, point: MarkerPoint, hasBaseline: boolean): string {
  if (point.isBaseline) return t('markers.isBaseline');
  if (point.changeFromBaselinePct !== null) return t('markers.change', { change: signedPct(point.changeFromBaselinePct) });
  return hasBaseline ? t('markers.beforeBaseline') : t('markers.noBaseline');
}

/**
 * AFP and PIVKA-II values by date with their change from the baseline value (the
 * rule is stated under the list), and a form to add one in the marker's unit.
 */
export function MarkerEditor() {
  const { t } = useTranslation('course');
  const locale = useLocale();
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
  const baselineOn = baselineDate(assessment);

  return (
    <section className="course-editor" data-testid="tumour-markers" aria-label={t('markers.title')}>
      <h2>{t('markers.title')}</h2>
      {trends.length === 0 && <p className="hint">{t('markers.empty')}</p>}
      {trends.map((trend) => (
        <ul key={trend.marker} data-testid="marker-list" data-marker={trend.marker}>
          {trend.points.map((p) => (
            <li key={p.date} data-testid="marker-item" data-marker={trend.marker} data-date={p.date}>
              <strong>{t(`marker.${trend.marker}`)}</strong> {t('dated', { date: formatDate(p.date, locale), what: `${p.value} ${trend.unit}` })}
              <span className="hint" data-testid="marker-change">
                {changeText(t, p, trend.baseline !== null)}
              </span>
              <button className="danger" data-testid="marker-delete" onClick={() => deleteMarkerValue(store, indexOf(trend.marker, p.date))}>
                {t('form.delete')}
              </button>
            </li>
          ))}
        </ul>
      ))}
      <p className="hint">{baselineOn ? t('markers.baselineRuleOn', { date: formatDate(baselineOn, locale) }) : t('markers.baselineRule')}</p>
      <form data-testid="marker-form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <label>
          {t('markers.marker')}
          <select data-testid="marker-name" value={marker} onChange={(e) => setMarker(e.target.value as MarkerName)}>
            {MARKER_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`marker.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.date')}
          <input type="date" data-testid="marker-date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('markers.valueIn', { unit: MARKER_UNITS[marker] })}
          <input type="number" min={0} step="any" data-testid="marker-value" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" data-testid="marker-save">
          {t('form.add')}
        </button>
      </form>
      {errors.length > 0 && (
        <p className="error" data-testid="marker-errors">
          {t('form.notSaved')} {errors.join('; ')}
        </p>
      )}
    </section>
  );
}
