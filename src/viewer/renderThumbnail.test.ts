import { afterEach, describe, expect, it, vi } from 'vitest';

const loadImageToCanvas = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('@cornerstonejs/core', () => ({ getShouldUseCPURendering: () => true, utilities: { loadImageToCanvas } }));

const { renderThumbnail } = await import('./renderThumbnail');
const { firstImageFailed, markFirstImagePhase, startFirstImageRound } = await import('./firstImageRound');

const canvas = () => ({ width: 0, height: 0 }) as HTMLCanvasElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderThumbnail', () => {
  afterEach(() => {
    firstImageFailed();
    loadImageToCanvas.mockClear();
    vi.useRealTimers();
  });

  it("waits for a pick's first image before reading its own", async () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    void startFirstImageRound();
    const drawn = renderThumbnail(canvas(), 'dicomfile:4', 96);
    await settle();
    expect(loadImageToCanvas).not.toHaveBeenCalled();
    markFirstImagePhase('first-render');
    await drawn;
    expect(loadImageToCanvas).toHaveBeenCalledTimes(1);
  });

  it('draws at once when no first image is on its way', async () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    await renderThumbnail(canvas(), 'dicomfile:5', 96);
    expect(loadImageToCanvas).toHaveBeenCalledTimes(1);
  });

  it('does not wait for long for a first image that never shows', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    void startFirstImageRound();
    const drawn = renderThumbnail(canvas(), 'dicomfile:6', 96);
    await vi.advanceTimersByTimeAsync(999);
    expect(loadImageToCanvas).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await drawn;
    expect(loadImageToCanvas).toHaveBeenCalledTimes(1);
  });
});
