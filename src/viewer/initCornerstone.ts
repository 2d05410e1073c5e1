import { cache, Enums, getWebWorkerManager, init as initCore, setUseCPURendering, getShouldUseCPURendering } from '@cornerstonejs/core';
import { init as initTools } from '@cornerstonejs/tools';
import { init as initImageLoader } from '@cornerstonejs/dicom-image-loader';
import { registerDicomFileLoader } from './dicomFileLoader';
import { imageCacheBudgetBytes, type MemoryHints } from './prefetchPlan';
import { chooseRenderMode, decodeWorkerCount, probeWebGl, type RenderMode } from './renderMode';
import { registerRemoteImageLoader } from './remoteImages';
import { LOADS_IN_FLIGHT } from './stackPrefetcher';

export type { RenderMode } from './renderMode';

let initialised: Promise<RenderMode> | undefined;

/** Chromium's memory hints; other browsers give neither, and the cache gets a fixed default. */
function memoryHints(): MemoryHints {
  const heapLimit = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;
  return { deviceMemoryGb: (navigator as Navigator & { deviceMemory?: number }).deviceMemory, jsHeapSizeLimit: heapLimit };
}

/**
 * Initialises Cornerstone3D once per page: core, tools and the DICOM image loader
 * with a pool of decoding workers sized to the cores, and an image cache sized to
 * the machine's memory. Stacks render on the CPU
 * when WebGL is missing or software (see chooseRenderMode); `?render=cpu|gpu`
 * forces either, so that both paths can be reproduced on any machine.
 */
export function initCornerstone(options: { forced?: RenderMode } = {}): Promise<RenderMode> {
  initialised ??= (async () => {
    initCore();
    cache.setMaxCacheSize(imageCacheBudgetBytes(memoryHints()));
    if (chooseRenderMode(options.forced, probeWebGl()) === 'cpu') setUseCPURendering(true);
    // The legacy provider reads metadata from dicom-parser data sets (see dicomFileLoader), not dcmjs copies.
    initImageLoader({ maxWebWorkers: decodeWorkerCount(navigator.hardwareConcurrency), useLegacyMetadataProvider: true });
    // Cornerstone's pool passes 5 prefetch decodes at a time; the prefetcher's own pace is the limit.
    getWebWorkerManager().workerPoolManager.setMaxSimultaneousRequests(Enums.RequestType.Prefetch, LOADS_IN_FLIGHT);
    registerDicomFileLoader();
    registerRemoteImageLoader();
    initTools();
    return getShouldUseCPURendering() ? 'cpu' : 'gpu';
  })();
  return initialised;
}
