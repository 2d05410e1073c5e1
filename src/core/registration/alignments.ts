/**
 * Alignments the reader made between series of different Frames of Reference
 * (typically baseline and follow-up), kept per pair of series and saved with
 * the assessment (top-level field `alignments`, unknown to the spec and kept
 * by its loose schema). Each pair is stored once under a normalised key, so
 * asking for B → A gives the inverse of A → B.
 */
import { z } from 'zod';
import type { PatientPointMm } from '../measurements/types.ts';
import { addMm } from '../geometry/vectors.ts';
import { invertOffset, translationFromLandmarks, type LandmarkPair } from './translation.ts';

/** A series as alignment sees it: its UID and, when it has one, its Frame of Reference. */
export interface SeriesRef {
  seriesInstanceUid: string;
  frameOfReferenceUid?: string;
}

const pointSchema = z.tuple([z.number(), z.number(), z.number()]);
const seriesRefSchema = z.object({ seriesInstanceUid: z.string().min(1), frameOfReferenceUid: z.string().optional() });

/** One alignment; `a` sorts before `b` by series UID, and `offsetMm` maps a point of `a` to the same anatomy in `b`. */
export const alignmentSchema = z.object({
  a: seriesRefSchema,
  b: seriesRefSchema,
  offsetMm: pointSchema,
  /** How the reader made it: clicked landmark pairs, or "link" at the level both panes showed. */
  method: z.enum(['landmarks', 'link']),
  /** The pairs the offset averages (method `landmarks`), a in `aMm`, b in `bMm`. */
  landmarks: z.array(z.object({ aMm: pointSchema, bMm: pointSchema })).optional(),
});

export type Alignment = z.infer<typeof alignmentSchema>;
/** Alignments by `alignmentKey`. */
export type Alignments = Record<string, Alignment>;

/** The key of a pair of series, the same for (A, B) and (B, A). */
export function alignmentKey(seriesUidA: string, seriesUidB: string): string {
  return seriesUidA < seriesUidB ? `${seriesUidA}|${seriesUidB}` : `${seriesUidB}|${seriesUidA}`;
}

/**
 * The alignments of a saved or imported assessment's `alignments` field: entries
 * that do not parse are dropped rather than refusing the file, since an alignment
 * is a convenience the reader can redo in two clicks.
 */
export function readAlignments(value: unknown): Alignments {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const result: Alignments = {};
  for (const entry of Object.values(value)) {
    const parsed = alignmentSchema.safeParse(entry);
    if (parsed.success) result[alignmentKey(parsed.data.a.seriesInstanceUid, parsed.data.b.seriesInstanceUid)] = parsed.data;
  }
  return result;
}

const swapPair = (pair: LandmarkPair): LandmarkPair => ({ aMm: pair.bMm, bMm: pair.aMm });

/** `alignments` with the pair (from, to) set to `offsetMm` (from → to), stored in normalised order. */
export function withAlignment(
  alignments: Alignments,
  from: SeriesRef,
  to: SeriesRef,
  offsetMm: PatientPointMm,
  method: Alignment['method'],
  landmarks?: LandmarkPair[],
): Alignments {
  const inOrder = from.seriesInstanceUid < to.seriesInstanceUid;
  const alignment: Alignment = {
    a: inOrder ? from : to,
    b: inOrder ? to : from,
    offsetMm: inOrder ? offsetMm : invertOffset(offsetMm),
    method,
    ...(landmarks ? { landmarks: inOrder ? landmarks : landmarks.map(swapPair) } : {}),
  };
  return { ...alignments, [alignmentKey(from.seriesInstanceUid, to.seriesInstanceUid)]: alignment };
}

/**
 * Adds one landmark pair (`pair.aMm` clicked in `from`, `pair.bMm` in `to`); the
 * offset becomes the mean over every pair clicked for these two series. A "link"
 * alignment is replaced: landmarks are the more precise method.
 */
export function withLandmarkPair(alignments: Alignments, from: SeriesRef, to: SeriesRef, pair: LandmarkPair): Alignments {
  const existing = alignments[alignmentKey(from.seriesInstanceUid, to.seriesInstanceUid)];
  const fromIsA = existing?.a.seriesInstanceUid === from.seriesInstanceUid;
  const previous = existing?.method === 'landmarks' ? (existing.landmarks ?? []).map((p) => (fromIsA ? p : swapPair(p))) : [];
  const pairs = [...previous, pair];
  return withAlignment(alignments, from, to, translationFromLandmarks(pairs)!, 'landmarks', pairs);
}

/** A node of the alignment graph: the Frame of Reference when known (all its series share one space), else the series. */
function nodeOf(ref: SeriesRef): string {
  return ref.frameOfReferenceUid ? `for:${ref.frameOfReferenceUid}` : `series:${ref.seriesInstanceUid}`;
}

/**
 * The offset mapping a point of `from` to the same anatomy in `to`, or undefined
 * when nothing relates them. Series sharing a Frame of Reference share a space
 * (offset 0). An alignment made for this very pair of series wins; otherwise
 * alignments are chained through Frames of Reference, so that linking baseline
 * arterial to follow-up arterial also aligns their portal-venous series, and
 * BL→FU1 plus FU1→FU2 gives BL→FU2.
 */
export function resolveOffset(alignments: Alignments, from: SeriesRef, to: SeriesRef): PatientPointMm | undefined {
  if (from.seriesInstanceUid === to.seriesInstanceUid || nodeOf(from) === nodeOf(to)) return [0, 0, 0];
  const direct = alignments[alignmentKey(from.seriesInstanceUid, to.seriesInstanceUid)];
  if (direct) return direct.a.seriesInstanceUid === from.seriesInstanceUid ? direct.offsetMm : invertOffset(direct.offsetMm);

  const edges = new Map<string, { node: string; offsetMm: PatientPointMm }[]>();
  const link = (x: string, y: string, offsetMm: PatientPointMm) => edges.set(x, [...(edges.get(x) ?? []), { node: y, offsetMm }]);
  for (const alignment of Object.values(alignments)) {
    link(nodeOf(alignment.a), nodeOf(alignment.b), alignment.offsetMm);
    link(nodeOf(alignment.b), nodeOf(alignment.a), invertOffset(alignment.offsetMm));
  }
  // Breadth first: the chain with the fewest alignments accumulates the least error.
  const reached = new Map<string, PatientPointMm>([[nodeOf(from), [0, 0, 0]]]);
  const queue = [nodeOf(from)];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const offset = reached.get(node)!;
    if (node === nodeOf(to)) return offset;
    for (const edge of edges.get(node) ?? []) {
      if (reached.has(edge.node)) continue;
      reached.set(edge.node, addMm(offset, edge.offsetMm));
      queue.push(edge.node);
    }
  }
  return undefined;
}
