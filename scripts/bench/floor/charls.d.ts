// The CharLS WASM glue ships without types; the floor page uses only its decoder.
declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  interface JpegLSDecoder {
    getEncodedBuffer(length: number): Uint8Array;
    decode(): void;
    getDecodedBuffer(): Uint8Array;
  }
  const factory: (options: { locateFile(path: string): string }) => Promise<{ JpegLSDecoder: new () => JpegLSDecoder }>;
  export default factory;
}
