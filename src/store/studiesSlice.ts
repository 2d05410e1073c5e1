import type { StateCreator } from 'zustand/vanilla';
import type { ScanFailure, SkipReason } from '../core';
import type { ContrastPhase, NotDisplayedObject, ScannedInstance } from '../dicom';

/** A file the scan could not use, with the reason shown to the reader (as data, worded at the edge). */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
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
  /** Why, when status is 'failed' (data, worded when shown). */
  error?: ScanFailure;
  /**
   * How many of `instances` were open before this scan: the ones after them are the
   * scan's early findings, which its final, ordered result replaces.
   */
  instancesBefore: number;
}

/** The counters of a scan, without its status. */
export type ScanCounters = Pick<ScanProgress, 'filesRead' | 'total' | 'dicomFound' | 'skipped'>;

export interface StudiesSlice {
  /** Every image header loaded so far (duplicates already removed by the index). */
  instances: ScannedInstance[];
  skippedFiles: SkippedFile[];
  scan: ScanProgress;
  /** Phases the reader corrected, by stack id; they win over the inferred phase. */
  phaseOverrides: Record<string, ContrastPhase>;
  /**
   * The rehearsal of a first pick (see actions/rehearseFirstPick): 'running' while the open
   * images are its own synthetic series, which the reader never sees; 'over' once it ended,
   * was superseded by the reader's work, or never ran.
   */
  rehearsal: 'waiting' | 'running' | 'over';
  setRehearsal(rehearsal: 'running' | 'over'): void;
  /** Starts a scan; a scan still running is replaced, its early findings dropped. */
  scanStarted(total: number): void;
  scanProgressed(progress: ScanCounters): void;
  /** Adds images a running scan has found so far, so that they can be shown before it ends. */
  scanFound(instances: ScannedInstance[]): void;
  /** Adds a finished scan's results to what is already open, in place of what {@link scanFound} added. */
  scanFinished(result: { instances: ScannedInstance[]; skipped: SkippedFile[] }): void;
  /** Ends a scan that was cancelled or failed; the images it found so far are closed again. */
  scanStopped(status: 'cancelled' | 'failed', error?: ScanFailure): void;
  overridePhase(stackId: string, phase: ContrastPhase | null): void;
  closeAllStudies(): void;
}

const IDLE: ScanProgress = { status: 'idle', filesRead: 0, total: 0, dicomFound: 0, skipped: 0, instancesBefore: 0 };

export const createStudiesSlice: StateCreator<StudiesSlice, [], [], StudiesSlice> = (set) => ({
  instances: [],
  skippedFiles: [],
  scan: IDLE,
  phaseOverrides: {},
  rehearsal: 'waiting',
  setRehearsal: (rehearsal) => set({ rehearsal }),
  scanStarted: (total) =>
    set((state) => {
      // A pick while another scan runs replaces that scan, which adds nothing (as when cancelled).
      const instancesBefore = state.scan.status === 'scanning' ? state.scan.instancesBefore : state.instances.length;
      return { instances: state.instances.slice(0, instancesBefore), scan: { ...IDLE, status: 'scanning', total, instancesBefore } };
    }),
  scanProgressed: (progress) => set((state) => ({ scan: { ...state.scan, ...progress } })),
  scanFound: (instances) =>
    set((state) => (state.scan.status === 'scanning' ? { instances: [...state.instances, ...instances] } : {})),
  scanFinished: ({ instances, skipped }) =>
    set((state) => ({
      // Results of a scan that was never started (tests, other sources) are simply added.
      instances: [...state.instances.slice(0, state.scan.status === 'scanning' ? state.scan.instancesBefore : undefined), ...instances],
      skippedFiles: [...state.skippedFiles, ...skipped],
      scan: { ...state.scan, status: 'done' },
    })),
  // An interrupted scan adds nothing: its early findings go, what was open before stays.
  scanStopped: (status, error) =>
    set((state) => ({
      instances: state.instances.slice(0, state.scan.instancesBefore),
      scan: { ...state.scan, status, ...(error ? { error } : {}) },
    })),
  overridePhase: (stackId, phase) =>
    set((state) => {
      const phaseOverrides = { ...state.phaseOverrides };
      if (phase === null) delete phaseOverrides[stackId];
      else phaseOverrides[stackId] = phase;
      return { phaseOverrides };
    }),
  closeAllStudies: () => set({ instances: [], skippedFiles: [], scan: IDLE, phaseOverrides: {} }),
});
