/** Words shared by many parts of the UI (简体中文). */
import type { common as en } from './common.en.ts';
import type { Translation } from './translation.ts';

export const common: Translation<typeof en> = {
  close: '关闭',
  cancel: '取消',
  ok: '确定',
  language: '语言',
  phase: {
    arterial: '动脉期',
    'portal-venous': '门静脉期',
    delayed: '延迟期',
    'non-contrast': '平扫',
    unknown: '期相未知',
  },
};
