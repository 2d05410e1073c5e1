import { namesBefore, patientKeyOf, patientNode, seriesNode, sortPatients, studyNode } from './buildIndex';
import type { DicomIndex, PatientNode, SeriesNode, StudyNode } from './indexTypes';
import type { ScannedInstance } from './types';

interface SeriesEntry {
  instances: ScannedInstance[];
  /** Undefined while instances were added since it was built. */
  node: SeriesNode | undefined;
}

interface StudyEntry {
  /** The instance that names the study (see `namingInstance`). */
  first: ScannedInstance;
  series: Map<string, SeriesEntry>;
  node: StudyNode | undefined;
}

interface PatientEntry {
  /** The instance that names the patient. */
  first: ScannedInstance;
  studies: Map<string, StudyEntry>;
  node: PatientNode | undefined;
}

function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = create();
    map.set(key, entry);
  }
  return entry;
}

/** The same instances, in any order: a series node depends on nothing else. */
function sameMembers(a: readonly ScannedInstance[], b: readonly ScannedInstance[]): boolean {
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  return b.every((instance) => inA.has(instance));
}

/**
 * The study index of a growing list of instances, kept up to date batch by batch:
 * {@link add} costs time in proportion to the batch, and {@link index} rebuilds only
 * the series that gained instances since the last call (and re-sorts their study's
 * series, their patient's studies and the patients). Whatever the batches, the index
 * equals {@link buildIndex} of all instances added, in the order added; nodes that
 * did not change keep their identity, so that the study browser redraws only what grew.
 */
export class GrowingIndex {
  /** Every SOPInstanceUID indexed; a repeat is a duplicate, dropped and counted as `buildIndex` does. */
  private readonly seen = new Set<string>();
  private readonly patients = new Map<string, PatientEntry>();
  private duplicateCount = 0;
  private built: DicomIndex | undefined;

  /**
   * @param reusable an index of an earlier list of instances (e.g. the same ones in another
   *   order): its series nodes are taken over where the series holds the same instances,
   *   instead of being rebuilt. Dropped once {@link index} has been built.
   */
  constructor(private reusable?: GrowingIndex) {}

  /** Appends instances, as if concatenated to all those added before. */
  add(instances: readonly ScannedInstance[]): this {
    for (const instance of instances) {
      if (this.seen.has(instance.SOPInstanceUID)) {
        this.duplicateCount += 1;
        this.built = undefined;
        continue;
      }
      this.seen.add(instance.SOPInstanceUID);
      const patient = entryOf(this.patients, patientKeyOf(instance), () => ({ first: instance, studies: new Map(), node: undefined }));
      const study = entryOf(patient.studies, instance.StudyInstanceUID, () => ({ first: instance, series: new Map(), node: undefined }));
      const series = entryOf(study.series, instance.SeriesInstanceUID, () => ({ instances: [], node: undefined }));
      series.instances.push(instance);
      if (namesBefore(instance, study.first)) study.first = instance;
      if (namesBefore(instance, patient.first)) patient.first = instance;
      series.node = undefined;
      study.node = undefined;
      patient.node = undefined;
      this.built = undefined;
    }
    return this;
  }

  /** The index of everything added so far; the same object until more is added. */
  get index(): DicomIndex {
    if (!this.built) {
      const patients = [...this.patients].map(([key, patient]) => this.patientNodeOf(key, patient));
      this.built = { patients: sortPatients(patients), duplicateCount: this.duplicateCount };
      this.reusable = undefined;
    }
    return this.built;
  }

  private patientNodeOf(patientKey: string, patient: PatientEntry): PatientNode {
    patient.node ??= patientNode(
      patient.first,
      [...patient.studies].map(([studyUid, study]) => {
        study.node ??= studyNode(
          study.first,
          [...study.series].map(([seriesUid, series]) => (series.node ??= this.reusableNode(patientKey, studyUid, seriesUid, series) ?? seriesNode(series.instances))),
        );
        return study.node;
      }),
    );
    return patient.node;
  }

  private reusableNode(patientKey: string, studyUid: string, seriesUid: string, series: SeriesEntry): SeriesNode | undefined {
    const earlier = this.reusable?.patients.get(patientKey)?.studies.get(studyUid)?.series.get(seriesUid);
    return earlier?.node && sameMembers(earlier.instances, series.instances) ? earlier.node : undefined;
  }
}
