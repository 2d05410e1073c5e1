import { describe, expect, it } from 'vitest';
import { readFileHead } from './fileHead';

/** A Blob whose stream delivers `bytes` in chunks of `chunkBytes`, counting the chunks read. */
function chunkedBlob(bytes: Uint8Array<ArrayBuffer>, chunkBytes: number): { blob: Blob; chunksRead: () => number } {
  let read = 0;
  const blob = new Blob([bytes]);
  blob.stream = () =>
    new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        const start = read * chunkBytes;
        if (start >= bytes.length) return controller.close();
        read += 1;
        controller.enqueue(bytes.slice(start, start + chunkBytes));
      },
    });
  return { blob, chunksRead: () => read };
}

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

describe('readFileHead', () => {
  it('returns exactly the first bytes, across chunk boundaries', async () => {
    const { blob } = chunkedBlob(bytes, 300);
    expect(await readFileHead(blob, 650)).toEqual({ bytes: bytes.subarray(0, 650), complete: false });
  });

  it('stops reading once it has them', async () => {
    const { blob, chunksRead } = chunkedBlob(bytes, 100);
    await readFileHead(blob, 250);
    expect(chunksRead()).toBeLessThanOrEqual(4); // 3, and perhaps one the stream pulled ahead; the file has 10
  });

  it('returns a shorter file whole', async () => {
    const { blob } = chunkedBlob(bytes, 128);
    expect(await readFileHead(blob, 4096)).toEqual({ bytes, complete: true });
  });
});
