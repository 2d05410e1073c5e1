import { useMemo } from 'react';
import { applyMeasurements, type Assessment } from '../../core';
import { selectMeasurementList } from '../../store';
import { useAppState } from '../hooks';

/** The open assessment with caliper lengths in its findings (what the table shows and the engine reads). */
export function useEffectiveAssessment(): Assessment | null {
  const assessment = useAppState((state) => state.assessment);
  const measurements = useAppState(selectMeasurementList);
  return useMemo(() => (assessment ? applyMeasurements(assessment, measurements).assessment : null), [assessment, measurements]);
}
