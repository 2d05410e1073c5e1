import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@cornerstonejs/core', () => ({ Enums: { Events: { IMAGE_RENDERED: 'IMAGE_RENDERED' } } }));

const { LipiodolOverlay } = await import('./lipiodolOverlay');

/** A canvas that counts what is done to it: sizing it and drawing on it. */
function countingCanvas() {
  const counts = { sized: 0, cleared: 0, contexts: 0 };
  let width = 300;
  let height = 150;
  const context = { setTransform: () => undefined, clearRect: () => (counts.cleared += 1) };
  const canvas = {
    clientWidth: 800,
    clientHeight: 600,
    get width() {
      return width;
    },
    set width(value: number) {
      counts.sized += 1;
      width = value;
    },
    get height() {
      return height;
    },
    set height(value: number) {
      counts.sized += 1;
      height = value;
    },
    getContext: () => {
      counts.contexts += 1;
      return context;
    },
  };
  return { canvas: canvas as unknown as HTMLCanvasElement, counts };
}

describe('LipiodolOverlay with the mask off', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
  });

  it('leaves its canvas alone on every render: sizing and clearing a pane-sized canvas delayed the first image', () => {
    const element = new EventTarget();
    const viewport = { element, getCornerstoneImage: () => undefined };
    const { canvas, counts } = countingCanvas();
    const statuses: unknown[] = [];
    const overlay = new LipiodolOverlay(() => viewport as never, canvas, (status) => statuses.push(status));
    overlay.show(undefined);
    for (let i = 0; i < 3; i++) element.dispatchEvent(new Event('IMAGE_RENDERED'));
    expect(counts).toEqual({ sized: 0, cleared: 0, contexts: 0 });
    expect(statuses).toEqual([]);
    overlay.destroy();
  });
});
