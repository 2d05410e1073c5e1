import { describe, expect, it } from 'vitest';
import { chooseRenderMode, decodeWorkerCount } from './renderMode';

describe('chooseRenderMode', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', 'cpu'],
    ['Google SwiftShader', 'cpu'],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'cpu'],
    ['Mesa softpipe', 'cpu'],
    ['Microsoft Basic Render Driver (Software Adapter)', 'cpu'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'gpu'],
    ['Apple M2', 'gpu'],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', 'gpu'],
  ] as const)('%s → %s', (renderer, mode) => {
    expect(chooseRenderMode(undefined, { available: true, renderer })).toBe(mode);
  });

  it('renders on the CPU without WebGL2 and on WebGL when the renderer is hidden', () => {
    expect(chooseRenderMode(undefined, { available: false })).toBe('cpu');
    expect(chooseRenderMode(undefined, { available: true })).toBe('gpu');
  });

  it('follows ?render= whatever the renderer', () => {
    expect(chooseRenderMode('gpu', { available: true, renderer: 'Google SwiftShader' })).toBe('gpu');
    expect(chooseRenderMode('cpu', { available: true, renderer: 'Apple M2' })).toBe('cpu');
  });
});

describe('decodeWorkerCount', () => {
  it.each([
    [undefined, 1],
    [1, 1],
    [2, 2],
    [4, 3],
    [8, 7],
    [32, 8],
  ])('%s cores → %s workers', (cores, workers) => {
    expect(decodeWorkerCount(cores)).toBe(workers);
  });
});
