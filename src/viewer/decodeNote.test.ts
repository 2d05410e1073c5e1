import { describe, expect, it } from 'vitest';
import { decodeNote } from './decodeNote';

describe('decodeNote', () => {
  it('notes a codestream whose signedness disagrees with PixelRepresentation', () => {
    expect(decodeNote({ pixelRepresentation: 1, imageInfo: { signed: false } })).toBe('signed-as-unsigned');
  });

  it('says nothing when they agree, or when the decoder does not tell', () => {
    expect(decodeNote({ pixelRepresentation: 1, imageInfo: { signed: true } })).toBeUndefined();
    expect(decodeNote({ pixelRepresentation: 0, imageInfo: { signed: false } })).toBeUndefined();
    expect(decodeNote({ pixelRepresentation: 1 })).toBeUndefined();
    expect(decodeNote(undefined)).toBeUndefined();
  });
});
