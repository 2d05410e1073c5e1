import type { StateCreator } from 'zustand/vanilla';
import type { ContrastPhase, NotDisplayedObject, ScannedInstance } from '../dicom';

/** A file the scan could not use, with the reason shown to the reader. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** A segmentation or RT dose, also listed in its study in the study browser. */
  notDisplayed?: NotDisplayedObject;
}

/** Progress of the folder scan, for the progress bar. */
export interface ScanProgress {
  status: 'idle' | 'scanning' | 'done' | 'cancelled' | 'failed';
  filesRead: number;
  total: number;
  dicomFound: number;
  skipped: number;
  /** Set when status is 'failed'. */
  error?: string;
}

export interface StudiesSlice {
  /** Every image header loaded so far (duplicates already removed by the index). */
  instances: ScannedInstance[];
  skippedFiles: SkippedFile[];
  scan: ScanProgress;
  /** Phases the reader corrected, by stack id; they win over the inferred phase. */
  phaseOverrides: Record<string, ContrastPhase>;
  scanStarted(total: number): void;
  scanProgressed(progress: Omit<ScanProgress, 'status' | 'error'>): void;
  /** Adds a finished scan's results to what is already open. */
  scanFinished(result: { instances: ScannedInstance[]; skipped: SkippedFile[] }): void;
  scanStopped(status: 'cancelled' | 'failed', error?: string): void;
  overridePhase(stackId: string, phase: ContrastPhase | null): void;
  closeAllStudies(): void;
}

const IDLE: ScanProgress = { status: 'idle', filesRead: 0, total: 0, dicomFound: 0, skipped: 0 };

export const createStudiesSlice: StateCreator<StudiesSlice, [], [], StudiesSlice> = (set) => ({
  instances: [],
  skippedFiles: [],
  scan: IDLE,
  phaseOverrides: {},
  scanStarted: (total) => set({ scan: { ...IDLE, status: 'scanning', total } }),
  scanProgressed: (progress) => set((state) => ({ scan: { ...state.scan, ...progress } })),
  scanFinished: ({ instances, skipped }) =>
    set((state) => ({
      instances: [...state.instances, ...instances],
      skippedFiles: [...state.skippedFiles, ...skipped],
      scan: { ...state.scan, status: 'done' },
    })),
  scanStopped: (status, error) => set((state) => ({ scan: { ...state.scan, status, ...(error ? { error } : {}) } })),
  overridePhase: (stackId, phase) =>
    set((state) => {
      const phaseOverrides = { ...state.phaseOverrides };
      if (phase === null) delete phaseOverrides[stackId];
      else phaseOverrides[stackId] = phase;
      return { phaseOverrides };
    }),
  closeAllStudies: () => set({ instances: [], skippedFiles: [], scan: IDLE, phaseOverrides: {} }),
});
