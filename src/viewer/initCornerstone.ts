import { init as initCore, setUseCPURendering, getShouldUseCPURendering } from '@cornerstonejs/core';
import { init as initTools } from '@cornerstonejs/tools';
import { init as initImageLoader } from '@cornerstonejs/dicom-image-loader';
import { registerDicomFileLoader } from './colourPixels';
import { registerRemoteImageLoader } from './remoteImages';

/** How the viewer renders: WebGL through Cornerstone's GPU path, or its CPU fallback. */
export type RenderMode = 'gpu' | 'cpu';

let initialised: Promise<RenderMode> | undefined;

/** True when this browser can create a WebGL2 context at all (SwiftShader counts). */
function hasWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * Initialises Cornerstone3D once per page: core, tools and the DICOM image loader
 * with its decoding workers. CPU rendering is chosen when WebGL2 is missing, or
 * forced with `?render=cpu` so that GPU-less laptops can be reproduced anywhere.
 */
export function initCornerstone(options: { forceCpu?: boolean } = {}): Promise<RenderMode> {
  initialised ??= (async () => {
    initCore();
    const useCpu = options.forceCpu === true || !hasWebGl2();
    if (useCpu) setUseCPURendering(true);
    initImageLoader({ maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)) });
    registerDicomFileLoader();
    registerRemoteImageLoader();
    initTools();
    return getShouldUseCPURendering() ? 'cpu' : 'gpu';
  })();
  return initialised;
}
