// dcmjs ships no type declarations; this is the part of its API the SR code uses.
declare module 'dcmjs' {
  type Dataset = Record<string, unknown>;
  interface DicomDictInstance {
    dict: Dataset;
    meta: Dataset;
    write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
  }
  /** A byte stream being read; `more` cuts the next `length` bytes off as a stream of their own. */
  interface ReadBufferStream {
    decoder: TextDecoder;
    setDecoder(decoder: TextDecoder): void;
    more(length: number): ReadBufferStream;
  }
  /** Imported by name, never as the default export, which keeps all of dcmjs in the bundle (scripts/lib/imageLoaderPatches.ts). */
  export const data: {
    ReadBufferStream: { prototype: ReadBufferStream };
    DicomDict: new (meta: Dataset) => DicomDictInstance;
    DicomMessage: { readFile(buffer: ArrayBuffer, options?: { ignoreErrors?: boolean }): DicomDictInstance };
    DicomMetaDictionary: {
      denaturalizeDataset(dataset: Dataset): Dataset;
      naturalizeDataset(dataset: Dataset): Dataset;
      uid(): string;
    };
  };
}
