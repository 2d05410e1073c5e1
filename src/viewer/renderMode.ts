/** How the viewer renders: WebGL through Cornerstone's GPU path, or its CPU path. */
export type RenderMode = 'gpu' | 'cpu';

/**
 * WebGL renderers that run on the CPU. On them Cornerstone's WebGL path ends every
 * frame by reading the offscreen WebGL canvas back into the pane's 2D canvas, which
 * costs far more than drawing the slice on the CPU directly (p95 219 ms against
 * 25 ms per slice at 1920×1080 on SwiftShader).
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * The render mode for a browser: `forced` (`?render=cpu|gpu`) when given; the CPU
 * path without WebGL2 or with a software WebGL renderer (`renderer` is the
 * unmasked renderer string, undefined when the browser hides it); WebGL otherwise.
 */
export function chooseRenderMode(forced: RenderMode | undefined, webGl: { available: boolean; renderer?: string }): RenderMode {
  if (forced) return forced;
  if (!webGl.available) return 'cpu';
  return webGl.renderer !== undefined && SOFTWARE_RENDERERS.test(webGl.renderer) ? 'cpu' : 'gpu';
}

/** Whether WebGL2 works here and which renderer draws it (WEBGL_debug_renderer_info), from a throwaway context. */
export function probeWebGl(): { available: boolean; renderer?: string } {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { available: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer };
  } catch {
    return { available: false };
  }
}

/**
 * Decoding workers for a machine with `cores` logical cores: one per core up to
 * two cores (the main thread mostly waits while a JPEG-LS or JPEG 2000 series
 * decodes), one core left to the page above that, at most eight.
 */
export function decodeWorkerCount(cores: number | undefined): number {
  const n = cores && cores > 0 ? Math.floor(cores) : 1;
  return Math.min(8, n <= 2 ? n : n - 1);
}
