// Typed keys: `t('common:close')` compiles, a key the English catalogue lacks does not.
import 'i18next';
import type { UI_EN } from '../text';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof UI_EN;
  }
}
