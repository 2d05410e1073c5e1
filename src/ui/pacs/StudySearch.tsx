import { useState } from 'react';
import { pacsClientFor } from '../../actions';
import { formatDicomDate, formatPersonName } from '../../dicom';
import { EMPTY_STUDY_QUERY, pacsErrorText, type PacsServer, type StudyPage, type StudyQuery, type StudySummary } from '../../io';

const PAGE_SIZE = 20;

/**
 * Study search on the PACS (patient name or ID, date range, CT/MR) page by page;
 * the reader ticks the studies of one patient — baseline and follow-ups — or asks
 * for all of that patient's studies, and opens them together.
 */
export function StudySearch({ server, onOpen }: { server: PacsServer; onOpen: (studies: StudySummary[]) => void }) {
  const [query, setQuery] = useState<StudyQuery>(EMPTY_STUDY_QUERY);
  const [page, setPage] = useState<StudyPage | null>(null);
  const [chosen, setChosen] = useState<Map<string, StudySummary>>(new Map());
  const [error, setError] = useState('');
  const [searching, setSearching] = useState(false);

  const search = async (next: StudyQuery, offset: number) => {
    setSearching(true);
    setError('');
    try {
      setPage(await pacsClientFor(server).searchStudies(next, { offset, limit: PAGE_SIZE }));
      setQuery(next);
    } catch (e) {
      setError(pacsErrorText(e));
    } finally {
      setSearching(false);
    }
  };

  const toggle = (study: StudySummary) =>
    setChosen((was) => {
      const next = new Map(was);
      if (next.has(study.StudyInstanceUID)) next.delete(study.StudyInstanceUID);
      else next.set(study.StudyInstanceUID, study);
      return next;
    });

  const field = (key: keyof StudyQuery) => ({ value: query[key], onChange: (e: { target: { value: string } }) => setQuery({ ...query, [key]: e.target.value }) });
  const patients = new Set([...chosen.values()].map((s) => s.PatientID));

  return (
    <section className="pacs-search" data-testid="pacs-search">
      <form
        className="pacs-query"
        onSubmit={(event) => {
          event.preventDefault();
          void search(query, 0);
        }}
      >
        <input data-testid="pacs-patient-name" placeholder="patient name" {...field('patientName')} />
        <input data-testid="pacs-patient-id" placeholder="patient ID" {...field('patientId')} />
        <label>
          from <input data-testid="pacs-date-from" type="date" {...field('dateFrom')} />
        </label>
        <label>
          to <input data-testid="pacs-date-to" type="date" {...field('dateTo')} />
        </label>
        <select data-testid="pacs-modality" {...field('modality')}>
          <option value="">CT or MR</option>
          <option value="CT">CT</option>
          <option value="MR">MR</option>
        </select>
        <button type="submit" className="primary" data-testid="pacs-search-button" disabled={searching}>
          {searching ? 'Searching…' : 'Search'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error" data-testid="pacs-search-error">
          {error}
        </p>
      )}
      {page && (
        <>
          <table className="pacs-studies" data-testid="pacs-studies">
            <thead>
              <tr>
                <th />
                <th>Patient</th>
                <th>ID</th>
                <th>Date</th>
                <th>Description</th>
                <th>Modalities</th>
                <th>Images</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.studies.map((study) => (
                <tr key={study.StudyInstanceUID} data-testid="pacs-study" data-study-uid={study.StudyInstanceUID}>
                  <td>
                    <input type="checkbox" data-testid="pacs-study-choose" checked={chosen.has(study.StudyInstanceUID)} onChange={() => toggle(study)} />
                  </td>
                  <td>{formatPersonName(study.PatientName)}</td>
                  <td>{study.PatientID}</td>
                  <td>{formatDicomDate(study.StudyDate)}</td>
                  <td>{study.StudyDescription}</td>
                  <td>{study.ModalitiesInStudy.join(', ')}</td>
                  <td>{study.NumberOfStudyRelatedInstances ?? ''}</td>
                  <td>
                    {study.PatientID && (
                      <button type="button" data-testid="pacs-patient-studies" onClick={() => void search({ ...EMPTY_STUDY_QUERY, patientId: study.PatientID }, 0)}>
                        All studies of this patient
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.studies.length === 0 && <p data-testid="pacs-no-studies">No study matches.</p>}
          <div className="pacs-paging">
            <button type="button" data-testid="pacs-previous" disabled={page.offset === 0 || searching} onClick={() => void search(query, Math.max(0, page.offset - PAGE_SIZE))}>
              ‹ Previous
            </button>
            <span data-testid="pacs-page">
              {page.studies.length > 0 ? `${page.offset + 1}–${page.offset + page.studies.length}` : ''}
            </span>
            <button type="button" data-testid="pacs-next" disabled={!page.hasMore || searching} onClick={() => void search(query, page.offset + PAGE_SIZE)}>
              Next ›
            </button>
          </div>
        </>
      )}
      <div className="pacs-buttons">
        {patients.size > 1 && <span className="error">The chosen studies belong to {patients.size} patients: choose the studies of one patient.</span>}
        <button type="button" className="primary" data-testid="pacs-open" disabled={chosen.size === 0 || patients.size > 1} onClick={() => onOpen([...chosen.values()])}>
          Open {chosen.size || ''} {chosen.size === 1 ? 'study' : 'studies'}
        </button>
      </div>
    </section>
  );
}
