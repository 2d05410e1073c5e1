/**
 * The outputs (English): the printable report, the CSV export and the command
 * line. Values that name a code of the assessment format (statuses, patterns…)
 * are keyed by that code; in English most are the code itself, which is what the
 * report and the command line printed before they had a catalogue. Terms the UI
 * names too (categories, roles, lesion kinds, organs, phases, caliper kinds, the
 * treatment course) are not repeated here: the outputs read them from `assessment`,
 * `common` and `course`.
 */

export const report = {
  document: {
    title: 'Tumour response report — {{criteria}}',
    titleWithPatient: 'Tumour response report — {{criteria}} — {{patientId}}',
    printHint: 'To keep this report, print it (Ctrl+P or ⌘P) and choose "Save as PDF"; A4 and Letter both fit.',
    made: 'Made {{time}} UTC with Viable.',
    notADevice: 'Research software, not a medical device.',
    notADeviceDetail: 'Viable is not certified for clinical diagnosis or treatment decisions; check every measurement and category against the images.',
  },
  sections: {
    patient: 'Patient',
    studies: 'Studies',
    criteria: 'Criteria',
    treatments: 'Treatments',
    lesions: 'Lesions',
    response: 'Response',
    responsePerTimepoint: 'Response per timepoint',
    warnings: 'Warnings',
    notCounted: 'Calipers not counted',
    keyImages: 'Key images',
  },
  criteria: {
    names: {
      mRECIST: 'mRECIST (modified RECIST for HCC: longest diameter of viable, arterially enhancing tumour)',
      'RECIST1.1': 'RECIST 1.1 (longest diameter of the whole lesion; short axis of nodes)',
      EASL: 'EASL (product of the two perpendicular diameters of viable tumour)',
    },
    rules: '{{name}}. Partial response at a {{prFallPct}}% fall from baseline, progression at a {{pdRisePct}}% rise over the nadir.',
    rulesWithMinimum:
      '{{name}}. Partial response at a {{prFallPct}}% fall from baseline, progression at a {{pdRisePct}}% rise over the nadir and at least {{minIncreaseMm}} mm.',
  },
  patient: {
    id: 'Patient ID',
    name: 'Name',
    birthDate: 'Birth date',
    sex: 'Sex',
    none: 'No patient details in the assessment.',
  },
  studies: {
    timepoint: 'Timepoint',
    date: 'Date',
    label: 'Label',
    role: 'Role',
    studyInstanceUid: 'Study Instance UID',
    baseline: 'baseline',
    followUp: 'follow-up',
  },
  lesions: {
    lesion: 'Lesion',
    none: 'No lesions recorded.',
    notAssessed: 'not assessed',
    viable: 'viable {{value}}',
    easlProduct: 'EASL {{long}} × {{short}} = {{product}} mm²',
    viablePerpendicular: 'viable ⟂ {{value}}',
    whole: 'whole {{value}}',
    shortAxis: 'short axis {{value}}',
    cytology: 'cytology {{value}}',
  },
  statuses: {
    measured: 'measured',
    absent: 'absent',
    'too-small': 'too-small',
    'not-evaluable': 'not-evaluable',
    present: 'present',
    'unequivocal-progression': 'unequivocal-progression',
    equivocal: 'equivocal',
  },
  patterns: { typical: 'typical', atypical: 'atypical' },
  cytologies: { positive: 'positive', negative: 'negative', 'not-done': 'not-done' },
  response: {
    /**
     * The response table's columns, in the report and (lower case in English) on the
     * command line; the words the panel's response table uses are read from it.
     */
    column: {
      timepoint: '$t(assessment:response.column.timepoint)',
      date: 'Date',
      targetSum: '$t(assessment:response.column.targetSum)',
      vsBaseline: 'vs baseline',
      nadir: 'Nadir',
      vsNadir: '$t(assessment:response.column.vsNadir)',
      target: '$t(assessment:response.column.target)',
      nonTarget: '$t(assessment:response.column.nonTarget)',
      newLesion: '$t(assessment:response.column.new)',
      overall: '$t(assessment:response.column.overall)',
    },
    baseline: 'baseline',
    reasonsAt: 'Reasons at {{timepoint}}',
    noReasons: 'No reasons given.',
    noFollowUp: 'No timepoint after the baseline yet.',
    cannotEvaluate: 'The assessment cannot be evaluated until these are fixed:',
    bestOverall: 'Best overall response (unconfirmed): {{category}}',
    noWarnings: 'None.',
  },
  keyImages: {
    madeWithoutImages:
      'Key images are not included: this report was made on the command line, without the images. Open the images and this assessment in Viable and press "Report…" for a report with every target\'s key image.',
    noCalipers: 'No caliper was drawn on a target or new lesion, so there are no key images.',
    lesion: 'Lesion {{lesionId}}',
    notAvailable: 'image not available',
    notAvailableBecause: 'image not available: {{reason}}',
    notOpen: 'its image is not among the open studies',
  },
  trend: {
    noSum: 'No target sum could be computed, so there is no trend to plot.',
    label: 'Target sum over time, {{unit}}',
    day: 'day {{day}}',
    baseline: 'baseline',
  },
  /** The treatment course's tables; the column words are the course panel's. */
  course: {
    noTreatments: 'No treatment recorded.',
    date: '$t(course:form.date)',
    treatment: '$t(course:treatments.type)',
    treatedLesions: '$t(course:treatments.treatedLesions)',
    note: '$t(course:treatments.note)',
    noMarkers: 'No tumour marker value recorded.',
    marker: '$t(course:markers.marker)',
    value: 'Value',
    changeFromBaseline: 'Change from baseline value',
    baselineValue: '$t(course:markers.isBaseline)',
    baselineRule: 'The baseline value of a marker is its latest value on or before the baseline imaging date.',
    baselineRuleOn: 'The baseline value of a marker is its latest value on or before the baseline imaging date ({{date}}).',
    lrTr: {
      line: '{{category}} ({{version}})',
      lineWithFeatures: '{{category}} ({{version}}): {{features}}',
    },
  },
  /**
   * The CSV export. English keeps the column names and values the table always had
   * (machine codes: scripts and trial databases read them); other languages put
   * them in words for a reader opening the file in a spreadsheet.
   */
  csv: {
    columns: {
      patient_id: 'patient_id',
      lesion_id: 'lesion_id',
      role: 'role',
      organ: 'organ',
      location: 'location',
      kind: 'kind',
      timepoint_id: 'timepoint_id',
      timepoint_label: 'timepoint_label',
      date: 'date',
      study_instance_uid: 'study_instance_uid',
      status: 'status',
      viable_longest_diameter_mm: 'viable_longest_diameter_mm',
      viable_perpendicular_diameter_mm: 'viable_perpendicular_diameter_mm',
      longest_diameter_mm: 'longest_diameter_mm',
      short_axis_mm: 'short_axis_mm',
      pattern: 'pattern',
      cytology: 'cytology',
      caliper_count: 'caliper_count',
      caliper_sop_instance_uids: 'caliper_sop_instance_uids',
      mrecist_target_sum_mm: 'mrecist_target_sum_mm',
      mrecist_overall_response: 'mrecist_overall_response',
      recist11_target_sum_mm: 'recist11_target_sum_mm',
      recist11_overall_response: 'recist11_overall_response',
      record_type: 'record_type',
      lrtr_category: 'lrtr_category',
      lrtr_version: 'lrtr_version',
      lrtr_features: 'lrtr_features',
      treatment_type: 'treatment_type',
      treatment_drug: 'treatment_drug',
      treated_lesion_ids: 'treated_lesion_ids',
      note: 'note',
      marker: 'marker',
      marker_value: 'marker_value',
      marker_unit: 'marker_unit',
      marker_change_from_baseline_pct: 'marker_change_from_baseline_pct',
      marker_is_baseline: 'marker_is_baseline',
    },
    recordTypes: { finding: 'finding', treatment: 'treatment', marker: 'marker' },
    /**
     * Treatment types in a cell: other languages keep the procedure's abbreviation
     * (DEB-TACE), shorter than the course panel's words; English writes the code.
     */
    treatmentTypes: {
      cTACE: '$t(course:treatmentType.cTACE)',
      'DEB-TACE': '$t(course:treatmentType.DEB-TACE)',
      TARE: '$t(course:treatmentType.TARE)',
      'ablation-RFA': '$t(course:treatmentType.ablation-RFA)',
      'ablation-MWA': '$t(course:treatmentType.ablation-MWA)',
      HAIC: '$t(course:treatmentType.HAIC)',
      resection: '$t(course:treatmentType.resection)',
      systemic: '$t(course:treatmentType.systemic)',
    },
    yes: 'yes',
    no: 'no',
  },
  /** The `assess` and `report` command lines. */
  cli: {
    title: '{{criteria}} response assessment',
    titleWithPatient: '{{criteria}} response assessment — patient {{patientId}}',
    baseline: 'baseline {{timepoint}} ({{date}}): target sum {{sum}}',
    noFollowUp: '(no timepoint after the baseline)',
    bestOverall: 'best overall response (unconfirmed): {{category}}',
    warnings: 'warnings:',
    noWarnings: 'warnings: none',
    cannotRead: '{{file}}: cannot read the file ({{code}})',
    invalid: '{{file}}: invalid assessment',
    cannotWrite: '{{file}}: cannot write the report ({{code}})',
    reportWritten: 'report written to {{file}} (no key images: made without the images)',
  },
};
