// Seeded pseudo-random numbers, so that the noise in every synthetic image is
// reproducible byte for byte (Math.random would make each run differ).

/** mulberry32: a tiny, fast 32-bit PRNG; quality is ample for image noise. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Approximately Gaussian noise with standard deviation `sigma`: the sum of four
 * uniforms (Irwin–Hall), rescaled. Cheaper than Box–Muller and bounded at
 * ±2·√3·σ ≈ ±3.46σ, so tests that allow 4σ around an expected value never flake.
 */
export function createNoise(seed: number, sigma: number): () => number {
  const random = createRandom(seed);
  // Var(sum of 4 U(0,1)) = 4/12, so σ of the sum is 1/√3.
  const scale = sigma * Math.sqrt(3);
  return () => (random() + random() + random() + random() - 2) * scale;
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
