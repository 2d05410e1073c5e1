// Deterministic DICOM UIDs: the same stable name always yields the same UID, so
// regenerated studies keep their identity and the ground truth can be committed.
import { createHash } from 'node:crypto';

/**
 * `2.25.<decimal of a 128-bit integer>` (PS3.5 §B.2 allows UUID-derived roots);
 * the integer is the first 16 bytes of SHA-256 of `name`. At most 44 characters.
 */
export function uidFromName(name: string): string {
  const hex = createHash('sha256').update(`viable-synthetic:${name}`).digest('hex').slice(0, 32);
  return `2.25.${BigInt(`0x${hex}`).toString(10)}`;
}

/** True when `uid` satisfies PS3.5 §9.1: ≤ 64 chars, digits and dots, no leading zeros in a component. */
export function isValidUid(uid: string): boolean {
  return uid.length <= 64 && /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$/.test(uid);
}
