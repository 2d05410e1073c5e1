/**
 * What the assessment-file validator finds wrong, rule by rule (English): `path: rule`,
 * e.g. `lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0`.
 * Field names, ids and the file's own values (statuses, roles, caliper kinds) stay as the file writes them.
 */
export const validation = {
  /** The place of a problem with the whole file. */
  root: '(root)',
  located: '{{path}}: {{rule}}',
  /** How a list of allowed values is joined: `"a", "b" or "c"`. */
  list: { separator: ', ', lastSeparator: ' or ' },
  rule: {
    required: 'is required',
    oneOf: 'must be one of {{values}}',
    oneValue: 'must be {{value}}',
    numberAtLeast: 'must be a number >= {{min}}',
    numberAtMost: 'must be a number <= {{max}}',
    numberAbove: 'must be a number > {{min}}',
    integerAtLeast: 'must be an integer >= {{min}}',
    nonEmptyString: 'must be a non-empty string',
    string: 'must be a string',
    boolean: 'must be true or false',
    object: 'must be an object',
    jsonObject: 'must be a JSON object',
    array: 'must be an array',
    lesionIdArray: 'must be an array of lesion ids',
    dateFormat: 'must be a date {{pattern}}',
    realDate: 'must be a real date {{pattern}}',
    featureListedTwice: 'must not list a feature twice',
    unsupportedVersion: 'must be {{version}} (the only version this program reads)',
    tooFewTimepoints_one: 'must list at least {{count}} timepoint',
    tooFewTimepoints_other: 'must list at least {{count}} timepoints',
    duplicateId: 'duplicate id "{{id}}" (also {{first}})',
    sameDate: 'same date as {{first}} ({{date}}); two timepoints may not share a date',
    unknownTimepoint: 'no timepoint with id "{{timepointId}}"',
    unknownLesion: 'no lesion with id "{{lesionId}}"',
    statusForRole: '{{allowed}} for a {{role}} lesion',
    drugRequired: 'is required for systemic therapy (the drug name)',
    markerUnit: 'must be "{{unit}}" for {{marker}}',
    markerTwiceADay: '{{marker}} already has a value on {{date}} ({{first}}); one value of a marker per day',
    notJson: 'not valid JSON ({{detail}})',
    notJsonAt: 'not valid JSON at line {{line}}, column {{column}} ({{detail}})',
    caliperArray: 'must be an array of calipers',
    caliperPoints: 'must be 2 or 4 points [x, y, z] in mm',
    caliperPointCount: 'must be {{count}} points for a {{kind}} caliper',
    caliperTooLong: 'caliper is longer than {{maxMm}} mm',
    duplicateCaliperId: 'duplicate caliper id "{{id}}" (also {{firstPath}})',
    unexpected: 'is not valid ({{detail}})',
  },
  /** Caliper kinds as `caliperPointCount` names them (the file's values). */
  caliperKind: { viable: 'viable', whole: 'whole', 'short-axis': 'short-axis', 'viable-bidirectional': 'viable-bidirectional' },
};
