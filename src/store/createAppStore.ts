import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAlignmentSlice, type AlignmentSlice } from './alignmentSlice';
import { createAssessmentSlice, type AssessmentSlice } from './assessmentSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createLocaleSlice, type LocaleSlice } from './localeSlice';
import { createStudiesSlice, type StudiesSlice } from './studiesSlice';

/** The whole application state: serialisable slices only (see ARCHITECTURE.md, State). */
export type AppState = StudiesSlice & LayoutSlice & AssessmentSlice & AlignmentSlice & LocaleSlice;

export type AppStore = StoreApi<AppState>;

/** A fresh store; the app makes one, every test makes its own. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createStudiesSlice(...args),
    ...createLayoutSlice(...args),
    ...createAssessmentSlice(...args),
    ...createAlignmentSlice(...args),
    ...createLocaleSlice(...args),
  }));
}
