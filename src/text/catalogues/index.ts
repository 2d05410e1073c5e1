/**
 * The UI's message catalogues, one module per namespace and language
 * (`<namespace>.en.ts` is the reference; `<namespace>.zhCN.ts` must have its keys,
 * which the type `Translation` and catalogues.test.ts enforce).
 */
import type { Locale } from '../locale.ts';
import { app as appEn } from './app.en.ts';
import { app as appZh } from './app.zhCN.ts';
import { common as commonEn } from './common.en.ts';
import { common as commonZh } from './common.zhCN.ts';
import { assessment as assessmentEn } from './assessment.en.ts';
import { assessment as assessmentZh } from './assessment.zhCN.ts';
import { course as courseEn } from './course.en.ts';
import { course as courseZh } from './course.zhCN.ts';
import { report as reportEn } from './report.en.ts';
import { report as reportZh } from './report.zhCN.ts';
import { pacs as pacsEn } from './pacs.en.ts';
import { pacs as pacsZh } from './pacs.zhCN.ts';
import { viewport as viewportEn } from './viewport.en.ts';
import { viewport as viewportZh } from './viewport.zhCN.ts';

/** The English catalogues: the keys every language must translate. */
export const UI_EN = {
  common: commonEn,
  app: appEn,
  assessment: assessmentEn,
  course: courseEn,
  report: reportEn,
  viewport: viewportEn,
  pacs: pacsEn,
};

export type UiNamespace = keyof typeof UI_EN;
export const UI_NAMESPACES = Object.keys(UI_EN) as UiNamespace[];

/** Every language's catalogues, by namespace. */
export const UI_RESOURCES: Readonly<Record<Locale, { readonly [N in UiNamespace]: unknown }>> = {
  en: UI_EN,
  'zh-CN': {
    common: commonZh,
    app: appZh,
    assessment: assessmentZh,
    course: courseZh,
    report: reportZh,
    viewport: viewportZh,
    pacs: pacsZh,
  },
};
