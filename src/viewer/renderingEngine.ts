import { RenderingEngine } from '@cornerstonejs/core';

/**
 * One RenderingEngine for the whole page: every pane enables its element on it.
 * A single engine shares one offscreen WebGL context between viewports, which
 * matters with SwiftShader and on laptops that cap WebGL contexts at 16.
 */
const ENGINE_ID = 'viable-engine';
let engine: RenderingEngine | undefined;

/** The shared engine, created on first use (after `initCornerstone`). */
export function getRenderingEngine(): RenderingEngine {
  if (!engine || engine.hasBeenDestroyed) engine = new RenderingEngine(ENGINE_ID);
  return engine;
}

export function getRenderingEngineId(): string {
  return ENGINE_ID;
}
