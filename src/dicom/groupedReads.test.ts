import { describe, expect, it } from 'vitest';
import { createGroupedReader } from './groupedReads';

const blobOf = (...bytes: number[]) => new Blob([new Uint8Array(bytes)]);
const bytesOf = (bytes: Uint8Array) => [...bytes];

describe('grouped reads', () => {
  it('reads the parts asked for in one task as one read and gives each part its bytes as a view of that read, not a copy', async () => {
    const reads: number[] = [];
    const read = createGroupedReader({
      readTogether: (parts) => {
        reads.push(parts.length);
        return new Blob(parts).arrayBuffer();
      },
    });
    const parts = [blobOf(1, 2), blobOf(3), blobOf(4, 5, 6)];
    const buffers = await Promise.all(parts.map(read));
    expect(buffers.map(bytesOf)).toEqual([[1, 2], [3], [4, 5, 6]]);
    expect(reads).toEqual([3]);
    expect(new Set(buffers.map((bytes) => bytes.buffer)).size).toBe(1);
    expect(buffers.map((bytes) => bytes.byteOffset)).toEqual([0, 2, 3]);
  });

  it('gathers the parts asked for while reads run into the next reads, within its limits of parts and bytes', async () => {
    const groups: number[][] = [];
    const read = createGroupedReader({
      maxParts: 3,
      maxBytes: 4,
      inFlight: 1,
      readTogether: (parts) => {
        groups.push(parts.map((part) => part.size));
        return new Blob(parts).arrayBuffer();
      },
    });
    const first = read(blobOf(1));
    await Promise.resolve(); // the first read starts alone
    const sizes = [1, 1, 1, 1, 2, 2, 5, 1];
    const rest = sizes.map((size, i) => read(blobOf(...Array<number>(size).fill(i))));
    const buffers = await Promise.all([first, ...rest]);
    expect(buffers.map((buffer) => buffer.byteLength)).toEqual([1, ...sizes]);
    // Then 2, 5 (over maxBytes) and 1 come one by one: a single part is read alone, not through readTogether.
    expect(groups).toEqual([
      [1, 1, 1],
      [1, 2],
    ]);
    expect(bytesOf(buffers[6]!)).toEqual([5, 5]);
    expect(bytesOf(buffers[7]!)).toEqual([6, 6, 6, 6, 6]);
  });

  it('reads each part alone when the grouped read fails, so that only the unreadable part fails', async () => {
    const unreadable = blobOf(9);
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('file changed', 'NotReadableError'));
    const read = createGroupedReader({ readTogether: () => Promise.reject(new DOMException('file changed', 'NotReadableError')) });
    const results = await Promise.allSettled([read(blobOf(1)), read(unreadable), read(blobOf(2, 3))]);
    expect(results.map((result) => (result.status === 'fulfilled' ? bytesOf(result.value) : 'failed'))).toEqual([[1], 'failed', [2, 3]]);
  });

  it('reads each part alone when the grouped read is not as long as the parts, rather than give a part its neighbour\'s bytes', async () => {
    const read = createGroupedReader({ readTogether: () => Promise.resolve(new Uint8Array([1, 2]).buffer) });
    const buffers = await Promise.all([read(blobOf(1)), read(blobOf(2, 3))]);
    expect(buffers.map(bytesOf)).toEqual([[1], [2, 3]]);
  });
});
