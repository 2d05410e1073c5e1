import { api } from 'dicomweb-client';
import { dicomJsonReader, type DicomJsonDataSet } from '../../dicom';
import { PacsError, pacsErrorOfStatus } from './pacsErrors';
import { authorizationHeader, type PacsServer } from './pacsServer';
import { qidoStudyParameters, studyPageOf, type StudyPage, type StudyQuery } from './studyQuery';

/** The UIDs that locate one instance on a server. */
export interface InstanceRef {
  StudyInstanceUID: string;
  SeriesInstanceUID: string;
  SOPInstanceUID: string;
}

/** A series of a study, as QIDO-RS lists it. */
export interface SeriesSummary {
  SeriesInstanceUID: string;
  Modality: string;
  SeriesDescription: string;
}

/** What a STOW-RS store did: instances stored and refused. */
export interface StoreOutcome {
  stored: number;
  refused: number;
}

/** The DICOMweb calls the viewer makes, so that the use cases can be tested without a server. */
export interface PacsClient {
  readonly origin: string;
  /** Resolves when the server answers a study search with these credentials. */
  testConnection(): Promise<void>;
  searchStudies(query: StudyQuery, page: { offset: number; limit: number }): Promise<StudyPage>;
  searchSeries(StudyInstanceUID: string, signal?: AbortSignal): Promise<SeriesSummary[]>;
  /** WADO-RS metadata of every instance of a series, in DICOM JSON. */
  seriesMetadata(StudyInstanceUID: string, SeriesInstanceUID: string, signal?: AbortSignal): Promise<DicomJsonDataSet[]>;
  /** The instance's Part 10 bytes in the syntax the server stores it in (never transcoded). */
  retrieveInstance(ref: InstanceRef, signal?: AbortSignal): Promise<ArrayBuffer>;
  /** STOW-RS of Part 10 files. */
  store(files: ArrayBuffer[]): Promise<StoreOutcome>;
}

// `transfer-syntax=*` asks for the stored syntax: the server never transcodes (Orthanc
// 1.10 crashes transcoding some syntaxes), and the browser decodes whatever comes.
const STORED_SYNTAX_DICOM = [{ mediaType: 'application/dicom', transferSyntaxUID: '*' }];

interface DicomWebClientApi {
  searchForStudies(options: object): Promise<DicomJsonDataSet[]>;
  searchForSeries(options: object): Promise<DicomJsonDataSet[]>;
  retrieveSeriesMetadata(options: object): Promise<DicomJsonDataSet[]>;
  readonly wadoURL: string;
  /**
   * `retrieveInstance` refuses every media type list in dicomweb-client 0.11.3
   * (it compares the type `application/` with `application/dicom`), and without a
   * list it asks for the default syntax, which makes the server transcode. Its own
   * multipart GET takes the list, including `transfer-syntax=*`.
   */
  _httpGetMultipartApplicationDicom(url: string, mediaTypes: object[], params: false, request: object): Promise<ArrayBuffer[]>;
  storeInstances(options: object): Promise<unknown>;
}

/** A {@link PacsClient} over `dicomweb-client` (XMLHttpRequest, so browsers only). */
export function createPacsClient(server: PacsServer): PacsClient {
  const origin = new URL(server.url).origin;
  const authorization = authorizationHeader(server.auth);
  const client = new api.DICOMwebClient({ url: server.url, singlepart: false, headers: authorization ? { Authorization: authorization } : {} }) as unknown as DicomWebClientApi;

  /** Runs a request; its failure becomes a {@link PacsError} the reader can act on. */
  async function call<T>(request: (xhr: XMLHttpRequest) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new PacsError({ code: 'cancelled' });
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort);
    try {
      return await request(xhr);
    } catch (error) {
      if (signal?.aborted) throw new PacsError({ code: 'cancelled' });
      const status = (error as { status?: unknown })?.status;
      if (typeof status === 'number') throw pacsErrorOfStatus(status, origin);
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }

  return {
    origin,
    async testConnection() {
      await call((instance) => client.searchForStudies({ queryParams: { limit: '1' }, request: { instance } }));
    },
    async searchStudies(query, page) {
      const results = await call((instance) => client.searchForStudies({ queryParams: qidoStudyParameters(query, page), request: { instance } }));
      return studyPageOf(results ?? [], page);
    },
    async searchSeries(StudyInstanceUID, signal) {
      const results = await call((instance) => client.searchForSeries({ studyInstanceUID: StudyInstanceUID, request: { instance } }), signal);
      return (results ?? []).flatMap((json) => {
        const ds = dicomJsonReader(json);
        const SeriesInstanceUID = ds.text('x0020000e');
        return SeriesInstanceUID ? [{ SeriesInstanceUID, Modality: ds.text('x00080060') ?? '', SeriesDescription: ds.text('x0008103e') ?? '' }] : [];
      });
    },
    async seriesMetadata(StudyInstanceUID, SeriesInstanceUID, signal) {
      const request = (instance: XMLHttpRequest) => client.retrieveSeriesMetadata({ studyInstanceUID: StudyInstanceUID, seriesInstanceUID: SeriesInstanceUID, request: { instance } });
      return (await call(request, signal)) ?? [];
    },
    async retrieveInstance(ref, signal) {
      const url = `${client.wadoURL}/studies/${ref.StudyInstanceUID}/series/${ref.SeriesInstanceUID}/instances/${ref.SOPInstanceUID}`;
      const parts = await call((instance) => client._httpGetMultipartApplicationDicom(url, STORED_SYNTAX_DICOM, false, { instance }), signal);
      if (!parts[0]) throw new PacsError({ code: 'instanceMissing', origin, sopInstanceUid: ref.SOPInstanceUID });
      return parts[0];
    },
    async store(files) {
      const response = await call((instance) => client.storeInstances({ datasets: files, request: { instance } }));
      return storeOutcomeOf(response, files.length);
    },
  };
}

/** Reads a STOW-RS response (PS3.18 10.5.3): Failed SOP Sequence (0008,1198) lists the instances refused. */
export function storeOutcomeOf(response: unknown, sent: number): StoreOutcome {
  let json: unknown = response;
  if (typeof response === 'string') {
    try {
      json = JSON.parse(response);
    } catch {
      return { stored: sent, refused: 0 };
    }
  }
  const body = (Array.isArray(json) ? json[0] : json) as DicomJsonDataSet | undefined;
  const refused = body ? (dicomJsonReader(body).items('x00081198')?.length ?? 0) : 0;
  return { stored: sent - refused, refused };
}
