// RLE Lossless (PS3.5 Annex G) for 16-bit single-sample frames, written here because
// dcmjs can only decode it. A frame is a 64-byte header (segment count and offsets)
// followed by one PackBits-coded segment per byte plane, most significant byte first;
// each image row is coded on its own and no run crosses a row boundary (§G.3.1).

const HEADER_BYTES = 64;

/** PackBits-encode `source[start, end)` into `out` at `pos`; returns the new position. */
function packBits(source: Uint8Array, start: number, end: number, out: Uint8Array, pos: number): number {
  let i = start;
  while (i < end) {
    let run = 1;
    while (i + run < end && run < 128 && source[i + run] === source[i]) run++;
    if (run >= 3) {
      // Replicate run: header −(run − 1) as a signed byte, then the byte once.
      out[pos++] = 257 - run;
      out[pos++] = source[i] ?? 0;
      i += run;
      continue;
    }
    // Literal run: up to 128 bytes, stopping where three equal bytes would start a replicate run.
    let j = i;
    while (j < end && j - i < 128) {
      if (j + 2 < end && source[j] === source[j + 1] && source[j] === source[j + 2]) break;
      j++;
    }
    out[pos++] = j - i - 1;
    out.set(source.subarray(i, j), pos);
    pos += j - i;
    i = j;
  }
  return pos;
}

/** Encode one frame of unsigned/signed 16-bit pixels (row-major) as an RLE Lossless fragment. */
export function encodeRleFrame(pixels: Uint16Array | Int16Array, rows: number, columns: number): Uint8Array {
  const count = rows * columns;
  const planes = [new Uint8Array(count), new Uint8Array(count)];
  const [high, low] = planes as [Uint8Array, Uint8Array];
  for (let i = 0; i < count; i++) {
    const value = (pixels[i] ?? 0) & 0xffff;
    high[i] = value >> 8;
    low[i] = value & 0xff;
  }
  // Worst case per row: every byte literal plus one header per 128 bytes; +1 for even padding.
  const maxSegment = rows * (columns + Math.ceil(columns / 128)) + 1;
  const out = new Uint8Array(HEADER_BYTES + 2 * maxSegment);
  const header = new DataView(out.buffer);
  header.setUint32(0, planes.length, true);
  let pos = HEADER_BYTES;
  planes.forEach((plane, segment) => {
    header.setUint32(4 + 4 * segment, pos, true);
    for (let r = 0; r < rows; r++) pos = packBits(plane, r * columns, (r + 1) * columns, out, pos);
    if (pos % 2 === 1) out[pos++] = 0; // segments have even length
  });
  return out.slice(0, pos);
}

/** Decode an RLE Lossless fragment of 16-bit pixels back to its byte planes, combined little endian. */
export function decodeRleFrame(fragment: Uint8Array, rows: number, columns: number): Uint16Array {
  const view = new DataView(fragment.buffer, fragment.byteOffset, fragment.byteLength);
  const segments = view.getUint32(0, true);
  if (segments !== 2) throw new Error(`expected 2 RLE segments for 16-bit pixels, got ${segments}`);
  const count = rows * columns;
  const planes: Uint8Array[] = [];
  for (let s = 0; s < segments; s++) {
    const start = view.getUint32(4 + 4 * s, true);
    const end = s + 1 < segments ? view.getUint32(8 + 4 * s, true) : fragment.byteLength;
    const plane = new Uint8Array(count);
    let out = 0;
    for (let i = start; i < end && out < count; ) {
      const n = fragment[i++] ?? 128;
      if (n < 128) {
        plane.set(fragment.subarray(i, i + n + 1), out);
        out += n + 1;
        i += n + 1;
      } else if (n > 128) {
        plane.fill(fragment[i++] ?? 0, out, out + 257 - n);
        out += 257 - n;
      }
    }
    if (out !== count) throw new Error(`RLE segment ${s} decoded to ${out} bytes, expected ${count}`);
    planes.push(plane);
  }
  const [high, low] = planes as [Uint8Array, Uint8Array];
  const pixels = new Uint16Array(count);
  for (let i = 0; i < count; i++) pixels[i] = ((high[i] ?? 0) << 8) | (low[i] ?? 0);
  return pixels;
}
