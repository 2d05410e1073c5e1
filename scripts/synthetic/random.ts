// Seeded pseudo-random numbers, so that the noise in every synthetic image is
// reproducible byte for byte (Math.random would make each run differ).

/** One mulberry32 step: a tiny, fast 32-bit PRNG whose quality is ample for image noise. */
function mulberry32(state: { value: number }): number {
  state.value = (state.value + 0x6d2b79f5) | 0;
  let t = state.value;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * Approximately Gaussian noise with standard deviation `sigma`: the sum of the four
 * bytes of one 32-bit draw (Irwin–Hall of four discrete uniforms), rescaled. One PRNG
 * step per pixel keeps generation fast, and the sum is bounded at ±3.45σ, so tests
 * that allow 4σ around an expected value never flake.
 */
export function createNoise(seed: number, sigma: number): () => number {
  const state = { value: seed | 0 };
  // Each byte is uniform on 0..255 (mean 127.5, variance (256² − 1)/12); four of them sum to mean 510.
  const scale = sigma / Math.sqrt((4 * (256 * 256 - 1)) / 12);
  return () => {
    const bits = mulberry32(state);
    return ((bits & 0xff) + ((bits >>> 8) & 0xff) + ((bits >>> 16) & 0xff) + (bits >>> 24) - 510) * scale;
  };
}

/** A 32-bit seed from a stable name (FNV-1a), so each series gets its own noise stream. */
export function seedFromName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
