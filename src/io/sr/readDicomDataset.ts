/**
 * dcmjs's Part 10 reader, with the character set applied inside sequences.
 *
 * dcmjs 0.52 switches its text decoder when it reads Specific Character Set
 * (0008,0005), but reads every sequence item from a sub-stream cut with
 * `ReadBufferStream.more()`, which starts with a fresh Latin-1 decoder (dcmjs
 * issues #503 and #508). An SR keeps all its text in ContentSequence, so a
 * UTF-8 (ISO_IR 192) report written by Viable, correct as DCMTK reads it, came
 * back garbled ("肝" as "è\u0082\u009d"). While {@link readDicomDataset} runs, a
 * sub-stream takes the decoder of the stream it is cut from, as the standard
 * says items inherit the data set's character set. The read is synchronous, so
 * nothing else can run while the prototype is wrapped.
 */
import { data as dcmjsData } from 'dcmjs';

type Dataset = Record<string, unknown>;

/** The naturalized data set of a Part 10 file (throws on bytes dcmjs cannot read). */
export function readDicomDataset(bytes: ArrayBuffer): Dataset {
  const { DicomMessage, DicomMetaDictionary, ReadBufferStream } = dcmjsData;
  const cut = ReadBufferStream.prototype.more;
  ReadBufferStream.prototype.more = function inheritDecoder(this: typeof ReadBufferStream.prototype, length: number) {
    const item = cut.call(this, length);
    item.setDecoder(this.decoder);
    return item;
  };
  try {
    return DicomMetaDictionary.naturalizeDataset(DicomMessage.readFile(bytes).dict);
  } finally {
    ReadBufferStream.prototype.more = cut;
  }
}
