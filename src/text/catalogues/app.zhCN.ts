/** The application frame: header, layout, language (简体中文). */
import type { app as en } from './app.en.ts';
import type { Translation } from './translation.ts';

export const app: Translation<typeof en> = {
  layout: {
    group: '布局',
    '1x1': '单幅图像',
    '1x2': '左右两幅图像',
    '2x2': '四幅图像（2×2）',
  },
};
