import { checklistMeetsViable, LR_TR_CATEGORIES, LR_TR_FEATURES, LR_TR_VERSIONS, type Finding, type LrTr, type LrTrCategory, type LrTrVersion } from '../../core';
import { useTranslation } from 'react-i18next';

/**
 * The reader's LI-RADS treatment response of the lesion at this timepoint, beside
 * its mRECIST values: the category, the LI-RADS version and the criteria seen.
 * The checklist only informs; the category is the reader's choice.
 */
export function LrTrEditor({ finding, onChange }: { finding: Finding; onChange: (lrTr: LrTr | undefined) => void }) {
  const { t } = useTranslation('course');
  const lrTr = finding.lrTr;
  const features = lrTr?.features ?? [];
  const change = (patch: Partial<LrTr>) => lrTr && onChange({ ...lrTr, ...patch });
  return (
    <div className="lr-tr" data-testid="lr-tr-editor">
      <label>
        {t('lrTr.title')}
        <select
          data-testid="lr-tr-category"
          value={lrTr?.category ?? ''}
          onChange={(e) => {
            const category = e.target.value as LrTrCategory | '';
            onChange(category === '' ? undefined : { ...(lrTr ?? { version: 'v2018' }), category });
          }}
        >
          <option value="">{t('lrTr.none')}</option>
          {LR_TR_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`lrTr.category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {lrTr && (
        <>
          <label>
            {t('lrTr.versionLabel')}
            <select data-testid="lr-tr-version" value={lrTr.version} onChange={(e) => change({ version: e.target.value as LrTrVersion })}>
              {LR_TR_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {t(`lrTr.version.${v}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('lrTr.checklist')}</legend>
            {LR_TR_FEATURES.map((feature) => (
              <label key={feature} className="checkbox-label">
                <input
                  type="checkbox"
                  data-testid="lr-tr-feature"
                  value={feature}
                  checked={features.includes(feature)}
                  onChange={(e) => change({ features: e.target.checked ? [...features, feature] : features.filter((f) => f !== feature) })}
                />
                {t(`lrTr.feature.${feature}`)}
              </label>
            ))}
          </fieldset>
          {checklistMeetsViable(features) && lrTr.category !== 'viable' && (
            <span className="hint" data-testid="lr-tr-checklist-hint">
              {t('lrTr.checklistMeetsViable')}
            </span>
          )}
        </>
      )}
    </div>
  );
}
