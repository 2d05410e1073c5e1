/**
 * What the assessment-file validator finds wrong, rule by rule (简体中文): `path: 规则` (the path as the file names it).
 * Field names, ids and the file's own values stay as the file writes them.
 */
import type { validation as en } from './validation.en.ts';
import type { Translation } from './translation.ts';

export const validation: Translation<typeof en> = {
  root: '(根)',
  located: '{{path}}: {{rule}}',
  list: { separator: '、', lastSeparator: ' 或 ' },
  rule: {
    required: '必填',
    oneOf: '必须是 {{values}} 之一',
    oneValue: '必须是 {{value}}',
    numberAtLeast: '必须是 ≥ {{min}} 的数字',
    numberAtMost: '必须是 ≤ {{max}} 的数字',
    numberAbove: '必须是 > {{min}} 的数字',
    integerAtLeast: '必须是 ≥ {{min}} 的整数',
    nonEmptyString: '必须是非空字符串',
    string: '必须是字符串',
    boolean: '必须是布尔值',
    object: '必须是对象',
    jsonObject: '必须是 JSON 对象',
    array: '必须是数组',
    lesionIdArray: '必须是病灶 ID 的数组',
    dateFormat: '必须是 {{pattern}} 格式的日期',
    realDate: '必须是 {{pattern}} 格式的真实日期',
    featureListedTwice: '同一特征不得列出两次',
    unsupportedVersion: '必须是 {{version}}（本程序只读取此版本）',
    tooFewTimepoints_one: '至少须列出 {{count}} 个检查时间点',
    tooFewTimepoints_other: '至少须列出 {{count}} 个检查时间点',
    duplicateId: 'ID "{{id}}" 重复（另见 {{first}}）',
    sameDate: '与 {{first}} 日期相同（{{date}}）；两个检查时间点不能在同一天',
    unknownTimepoint: '没有 ID 为 "{{timepointId}}" 的检查时间点',
    unknownLesion: '没有 ID 为 "{{lesionId}}" 的病灶',
    statusForRole: '{{role}}的状态{{allowed}}',
    drugRequired: '全身治疗必须填写药物名称',
    markerUnit: '{{marker}} 的单位必须是 "{{unit}}"',
    markerTwiceADay: '{{marker}} 在 {{date}} 已有一个值（{{first}}）；每种肿瘤标志物每天只能有一个值',
    notJson: '不是有效的 JSON（{{detail}}）',
    notJsonAt: '不是有效的 JSON：第 {{line}} 行第 {{column}} 列（{{detail}}）',
    caliperArray: '必须是测量线的数组',
    caliperPoints: '必须是 2 个或 4 个点 [X, Y, Z]（单位 mm）',
    caliperPointCount: '{{kind}}必须有 {{count}} 个点',
    caliperTooLong: '测量线长度超过 {{maxMm}} mm',
    duplicateCaliperId: '测量线 ID "{{id}}" 重复（另见 {{firstPath}}）',
    unexpected: '无效（{{detail}}）',
  },
  caliperKind: { viable: '存活 Ø 测量线', whole: '全病灶 Ø 测量线', 'short-axis': '短径测量线', 'viable-bidirectional': 'EASL ⟂ 测量线' },
};
