/**
 * The Simplified Chinese message catalogue (简体中文): one sentence per code of
 * `core/messages.ts`, in the terms Chinese radiologists use (靶病灶, 非靶病灶, 新病灶,
 * 完全缓解 CR, 部分缓解 PR, 疾病稳定 SD, 疾病进展 PD, 动脉期). Response categories keep
 * their abbreviation beside the Chinese name, as reports do.
 */
import type { Comparison, Criteria, MeasuredField, NewLesionSummary, IntraProceduralEvidence, TreatmentType } from '../core/index.ts';
import type { Catalogue } from './catalogue.ts';
import { course } from './catalogues/course.zhCN.ts';
import { amount, pct } from './numbers.ts';

/** "T1、T2 和 T3". */
function list(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join('、')} 和 ${ids[ids.length - 1]}`;
}

/** A response category with its Chinese name: "疾病进展（PD）". */
const CATEGORY: Readonly<Record<string, string>> = {
  CR: '完全缓解（CR）',
  PR: '部分缓解（PR）',
  SD: '疾病稳定（SD）',
  PD: '疾病进展（PD）',
  NE: '不可评估（NE）',
  'NonCR/NonPD': '非完全缓解/非疾病进展（NonCR/NonPD）',
  'IR/SD': '不完全缓解/疾病稳定（IR/SD）',
};
const category = (code: string) => CATEGORY[code] ?? code;

/** Organ names the format's examples use, in Chinese; anything else as the reader typed it. */
const ORGAN: Readonly<Record<string, string>> = { liver: '肝脏', 'lymph node': '淋巴结', lung: '肺', peritoneum: '腹膜', pleura: '胸膜' };
const organ = (name: string) => ORGAN[name] ?? name;

const FIELD: Readonly<Record<MeasuredField, string>> = {
  viableLongestDiameterMm: '存活肿瘤最长径',
  viablePerpendicularDiameterMm: '存活肿瘤垂直径',
  longestDiameterMm: '最长径',
  shortAxisMm: '短径',
};

const SUM_NAME: Readonly<Record<Criteria, string>> = {
  mRECIST: '存活靶病灶直径总和',
  'RECIST1.1': '靶病灶直径总和',
  EASL: '存活肿瘤双径乘积总和',
};

const viableOrDisease = (viableTumourOnly: boolean) => (viableTumourOnly ? '存活（强化）肿瘤' : '病灶');
const measuresViable = (criteria: Criteria) => criteria !== 'RECIST1.1';

function relation(comparison: Comparison, name: string): string {
  return `较${name} ${amount(comparison.reference)} ${comparison.direction === 'above' ? '增加' : '减少'} ${pct(comparison.pct)}%`;
}

/** "新病灶 N1（肝脏，16.0 mm，典型表现）". */
function newLesion(lesion: NewLesionSummary): string {
  const parts: string[] = [];
  if (lesion.kind === 'node') {
    parts.push(lesion.location ? `${lesion.location}淋巴结` : lesion.organ !== 'lymph node' ? `淋巴结（${organ(lesion.organ)}）` : '淋巴结');
    if (lesion.shortAxisMm !== undefined) parts.push(`短径 ${amount({ value: lesion.shortAxisMm, unit: 'mm' })}`);
  } else if (lesion.kind === 'effusion') {
    parts.push(`${organ(lesion.organ)}积液`, `细胞学${lesion.cytology === undefined ? '未记录' : `：${lesion.cytology}`}`);
  } else {
    parts.push(organ(lesion.organ));
    if (lesion.longestDiameterMm !== undefined) parts.push(amount({ value: lesion.longestDiameterMm, unit: 'mm' }));
    if (lesion.pattern !== undefined) parts.push(lesion.pattern === 'typical' ? '典型表现' : lesion.pattern === 'atypical' ? '不典型表现' : lesion.pattern);
  }
  return `新病灶 ${lesion.lesionId}（${parts.join('，')}）`;
}

function intraProceduralEvidence(evidence: IntraProceduralEvidence): string {
  switch (evidence.kind) {
    case 'modality':
      return `检查类型 ${evidence.modality}`;
    case 'sop-class':
      return 'X 线血管造影图像';
    case 'description':
      return `描述中含“${evidence.term}”`;
    case 'same-day-as-procedure':
      return `在 ${evidence.procedureDate} 术中影像的同一天，且描述提及手术（“${evidence.term}”）`;
  }
}

/** Treatments named as the treatment course panel names them. */
const TREATMENT: Readonly<Record<TreatmentType, string>> = course.treatmentType;

const NOT_MEASURED_STATUS: Readonly<Record<string, string>> = { 'too-small': '过小无法测量', absent: '消失' };

/** 简体中文. */
export const zhCN: Catalogue = {
  'lesion-not-assessed': (p) => `${p.lesionId} 在 ${p.timepointId} 未评估`,
  'lesion-not-evaluable': (p) => `${p.lesionId} 在 ${p.timepointId} 不可评估`,
  'lesion-value-missing': (p) => `${p.lesionId} 在 ${p.timepointId} 缺少${FIELD[p.field]}`,

  'target-reappeared-after-cr': (p) =>
    `${p.crTimepointId} 总体完全缓解后，${list(p.lesionIds)} 再次出现${p.viableTumourOnly ? '存活肿瘤' : '病灶'}：${category('PD')}`,
  'target-pd-with-missing': (p, render) =>
    `${p.missing.map(render).join('；')}，但即使按 0 计算，最小可能总和仍从最低值 ${amount(p.nadir)} 升至 ${amount(p.sum)}，` +
    `增加 ${pct(p.pct)}%（至少 ${p.thresholdPct}%）：${category('PD')}`,
  'target-ne-with-missing': (p, render) => `${p.missing.map(render).join('；')}；靶病灶缺失时只能证实疾病进展，而未达到：${category('NE')}`,
  'target-pd': (p) =>
    `${SUM_NAME[p.criteria]}从最低值 ${amount(p.nadir)} 升至 ${amount(p.sum)}，增加 ${pct(p.pct)}%（至少 ${p.thresholdPct}%）：${category('PD')}`,
  'target-cr': (p, render) => {
    const what =
      p.criteria === 'RECIST1.1'
        ? '所有非淋巴结靶病灶均已消失，且所有淋巴结靶病灶短径均小于 10 mm'
        : `所有靶病灶的动脉期强化均已消失${p.nodalTargets ? '，且所有淋巴结靶病灶短径均小于 10 mm' : ''}`;
    return `${what}（${SUM_NAME[p.criteria]} ${amount(p.sum)}）${p.note ? `（${render(p.note)}）` : ''}：${category('CR')}`;
  },
  'target-ne-no-baseline': (p, render) =>
    `基线${SUM_NAME[p.criteria]}无法计算，因此无法判定部分缓解或疾病稳定${p.note ? `（${render(p.note)}）` : ''}：${category('NE')}`,
  'target-pr': (p, render) =>
    `${SUM_NAME[p.criteria]}从基线 ${amount(p.baseline)} 降至 ${amount(p.sum)}，减少 ${pct(p.pct)}%（至少 ${p.thresholdPct}%）` +
    `${p.note ? `（${render(p.note)}）` : ''}：${category('PR')}`,
  'target-sd': (p, render) => `${targetFacts(p, render)}：${category('SD')}`,
  'target-pr-sticky': (p, render) =>
    `${targetFacts(p, render)}；已于 ${p.respondedAt} 达到缓解且未达疾病进展标准，维持部分缓解：${category('PR')}`,
  'rise-too-small-absolute': (p) =>
    `较最低值 ${amount(p.nadir)} 增加 ${pct(p.pct)}%，但绝对增加值小于要求的 ${amount(p.minIncrease)}，不构成疾病进展`,
  'rise-below-threshold': (p) => `较最低值增加不足 ${p.thresholdPct}%`,

  'non-target-pd': (p) => `非靶病灶 ${list(p.lesionIds)} 明确进展：${category('PD')}`,
  'non-target-reappeared-after-cr': (p) =>
    `${p.crTimepointId} 总体完全缓解后，非靶病灶 ${list(p.lesionIds)} 再次出现${viableOrDisease(p.viableTumourOnly)}：${category('PD')}`,
  'non-target-ne': (p) => `非靶病灶 ${list(p.lesionIds)} 在 ${p.timepointId} 未评估：非靶病灶${category('NE')}`,
  'non-target-persists': (p) =>
    `非靶病灶 ${list(p.lesionIds)} ${measuresViable(p.criteria) ? '仍有存活（强化）肿瘤' : '仍存在'}：${p.criteria === 'mRECIST' ? category('IR/SD') : category('NonCR/NonPD')}`,
  'non-target-cr': (p) => `${p.viableTumourOnly ? '所有非靶病灶的存活（强化）肿瘤' : '所有非靶病灶'}均已消失：非靶病灶${category('CR')}`,
  'non-target-nodes-below-pathological': (p) =>
    `${p.crTimepointId} 总体完全缓解后再次见到非靶病灶 ${list(p.lesionIds)}，但淋巴结短径达到 ${p.minShortAxisMm} mm 才算复发，` +
    `且未记录该短径：不构成疾病进展`,

  'new-lesion-equivocal': (p) => `${newLesion(p.lesion)}性质不确定：已记录，不计为疾病进展`,
  'new-lesion-qualifies': (p) => `${newLesion(p.lesion)}：${category('PD')}`,
  'new-lesion-does-not-qualify': (p, render) => `${newLesion(p.lesion)}不符合新病灶标准：${render(p.why)}`,
  'effusion-needs-cytology': () => '积液仅在细胞学阳性时计入',
  'porta-hepatis-node-too-small': (p) => `肝门淋巴结短径达到 ${p.minShortAxisMm} mm 才视为恶性`,
  'node-not-pathological': (p) => `短径小于 ${p.minShortAxisMm} mm 的淋巴结不视为病理性`,
  'atypical-needs-size': () => '不典型肝脏病灶需要最长径以判断增大',
  'atypical-needs-growth': (p) =>
    `不典型肝脏病灶需较首次记录（${p.firstTimepointId ?? '本时间点'} 的 ${amount(p.first)}）增大至少 ${p.minGrowthMm} mm`,
  'liver-lesion-too-small': (p) => `肝脏新病灶至少需 ${p.minMm} mm`,

  overall: (p) =>
    `总体${category(p.response)}（靶病灶 ${p.target}，非靶病灶 ${p.nonTarget}，${p.newLesion ? '有新病灶' : '无新病灶'}）`,
  'overall-nothing-to-assess': () => `总体${category('NE')}（无可评估的靶病灶或非靶病灶，无新病灶）`,

  'timepoint-before-baseline': (p) => `时间点 ${p.timepointId}（${p.date}）早于基线 ${p.baselineId}（${p.baselineDate}），已忽略`,
  'min-increase-not-applied': (p) => `最小绝对增加值（mm）是直径规则，${p.criteria} 不适用`,
  'baseline-sum-not-computable': (p, render) =>
    `基线${SUM_NAME[p.criteria]}无法计算（${p.missing.map(render).join('；')}）：无法评估部分缓解和疾病稳定`,
  'target-is-portal-vein-thrombus': (p) => `靶病灶 ${p.lesionId} 为门静脉癌栓，不可测量且不能作为靶病灶：按非靶病灶评估`,
  'target-not-enhancing': (p) => `靶病灶 ${p.lesionId} 基线无动脉期强化；${p.criteria} 靶病灶必须强化：按非靶病灶评估`,
  'too-many-targets': (p) => `共 ${p.count} 个靶病灶，超过总数上限 ${p.max} 个（仍全部计入总和）`,
  'too-many-targets-in-organ': (p) =>
    `${organ(p.organ)}有 ${p.count} 个靶病灶（${list(p.lesionIds)}），超过每个器官上限 ${p.max} 个（仍全部计入总和）`,
  'baseline-target-not-measured': (p) =>
    `靶病灶 ${p.lesionId} 在基线 ${p.baselineId} 记录为${NOT_MEASURED_STATUS[p.status] ?? p.status}：靶病灶必须可测量`,
  'baseline-target-too-small': (p) => {
    const what = { lesion: '可测量病灶', node: '可测量淋巴结', 'porta-hepatis-node': '肝门淋巴结靶病灶（mRECIST）' }[p.what];
    return `靶病灶 ${p.lesionId} 在基线 ${p.baselineId} 的${FIELD[p.field]}为 ${amount(p.size)}，低于${what}的最小值 ${amount(p.min)}`;
  },
  'new-lesion-at-baseline': (p) => `新病灶 ${p.lesionId} 在 ${p.timepointId} 有记录，但该时间点不在基线之后：该记录已忽略`,
  'new-lesion-not-counted': (p, render) =>
    `${p.timepointId}：${newLesion(p.lesion)}记录为存在，但按 ${p.criteria} 不符合新病灶标准：${render(p.why)}`,
  'effusion-progression-without-cytology': (p) =>
    `非靶病灶积液 ${p.lesionId} 在 ${p.timepointId} 进展但无细胞学阳性结果：不计为疾病进展（需细胞学证实）`,

  'baseline-after-treatment': (p) =>
    `基线 ${p.baselineId}（${p.baselineDate}）晚于${p.count === 1 ? '一次治疗' : ` ${p.count} 次治疗`}` +
    `（最近一次为 ${p.treatmentDate} 的${TREATMENT[p.treatmentType]}）：基线影像应在治疗前获得`,
  'follow-up-early-after-tace': (p) =>
    `随访 ${p.timepointId}（${p.date}）距 ${p.treatmentDate} 的${TREATMENT[p.treatmentType]}仅 ${p.days} 天，早于 ${p.minDays / 7} 周：` +
    `用于 mRECIST 评估过早（术后强化和碘油可能类似或掩盖存活肿瘤）`,
  'lrtr-viable-without-viable-tumour': (p) =>
    p.role === 'non-target'
      ? `${p.lesionId} 在 ${p.timepointId} 为 LR-TR 存活，但非靶病灶 ${p.lesionId} 未记录为存在（强化）`
      : `${p.lesionId} 在 ${p.timepointId} 为 LR-TR 存活，但未测量存活肿瘤直径`,
  'lrtr-nonviable-with-viable-tumour': (p) =>
    `${p.lesionId} 在 ${p.timepointId} 为 LR-TR 无存活，但记录有存活肿瘤${p.viable ? `（存活肿瘤直径 ${amount(p.viable)}）` : ''}`,
  'lrtr-lesion-not-treated': (p) =>
    `${p.lesionId} 在 ${p.timepointId} 有 LR-TR 分类，但此前未记录针对 ${p.lesionId} 的 TACE、TARE、消融或 HAIC：LI-RADS 治疗反应仅适用于局部治疗后的病灶`,

  'study-without-date': () => '检查没有日期',
  'study-date-taken': (p) => `${p.date} 已有另一检查作为时间点（每个日期一个时间点）`,
  'study-left-out-by-reader': () => '阅片者已排除',
  'study-intra-procedural': (p) => `术中影像（血管造影 / 锥形束 CT）：${intraProceduralEvidence(p.evidence)}`,
  'study-same-visit': (p) => `与 ${p.visitDate} 的检查相隔 ${p.withinDays} 天以内（同一次就诊）`,
};

type TargetFacts = Parameters<Catalogue['target-sd']>[0];

function targetFacts(p: TargetFacts, render: Parameters<Catalogue['target-sd']>[1]): string {
  const vsNadir = p.vsNadir ? `，${relation(p.vsNadir, '最低值')}` : '';
  return `${SUM_NAME[p.criteria]} ${amount(p.sum)}，${relation(p.vsBaseline, '基线')}${vsNadir}（较基线减少不足 ${p.prFallPct}%；${render(p.notPd)}）`;
}
