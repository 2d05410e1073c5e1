import type { TFunction } from 'i18next';

/** The organs the lesion editor offers; a reader may also have another one from an imported file. */
export const ORGANS = ['liver', 'lymph node', 'lung', 'peritoneum', 'bone', 'adrenal', 'pleura', 'other'] as const;

type KnownOrgan = (typeof ORGANS)[number];
const isKnown = (organ: string): organ is KnownOrgan => (ORGANS as readonly string[]).includes(organ);

/** An organ in the reader's words when it is one of ours, else as it was recorded. */
export function organText(t: TFunction<'assessment'>, organ: string): string {
  return isKnown(organ) ? t(`organ.${organ}`) : organ;
}
