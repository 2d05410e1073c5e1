import { cache, imageLoader, type Types } from '@cornerstonejs/core';
import { describe, expect, it, vi } from 'vitest';
import { loadImageOnce, preloadImage } from './loadImageOnce';

const image = (imageId: string) => ({ imageId, sizeInBytes: 16 }) as unknown as Types.IImage;

describe('loadImageOnce', () => {
  it('loads an image once into the cache, however many ask for it, so that setStack finds it decoded', async () => {
    const loader = vi.fn((imageId: string) => ({ promise: Promise.resolve(image(imageId)) }));
    imageLoader.registerImageLoader('once-ok', loader);
    preloadImage('once-ok:1');
    const [a, b] = await Promise.all([loadImageOnce('once-ok:1'), loadImageOnce('once-ok:1')]);
    expect(a).toBe(b);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(cache.isLoaded('once-ok:1')).toBe(true);
  });

  it('rejects the caller on a failed load, leaves no unhandled rejection and no cache entry behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      imageLoader.registerImageLoader('once-bad', () => ({ promise: Promise.reject(new Error('truncated')) }));
      preloadImage('once-bad:1');
      await expect(loadImageOnce('once-bad:1')).rejects.toThrow('truncated');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      expect(cache.getImageLoadObject('once-bad:1')).toBeUndefined();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
