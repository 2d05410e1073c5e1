import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pacsClientFor } from '../../actions';
import { formatDicomDate, formatPersonName } from '../../dicom';
import { EMPTY_STUDY_QUERY, pacsErrorText, type PacsServer, type StudyPage, type StudyQuery, type StudySummary } from '../../io';
import { useAppState } from '../hooks';

const PAGE_SIZE = 20;

/**
 * Study search on the PACS (patient name or ID, date range, CT/MR) page by page;
 * the reader ticks the studies of one patient — baseline and follow-ups — or asks
 * for all of that patient's studies, and opens them together.
 */
export function StudySearch({ server, onOpen }: { server: PacsServer; onOpen: (studies: StudySummary[]) => void }) {
  const { t } = useTranslation('pacs');
  const locale = useAppState((state) => state.locale);
  const [query, setQuery] = useState<StudyQuery>(EMPTY_STUDY_QUERY);
  const [page, setPage] = useState<StudyPage | null>(null);
  const [chosen, setChosen] = useState<Map<string, StudySummary>>(new Map());
  const [error, setError] = useState<{ failure: unknown } | null>(null);
  const [searching, setSearching] = useState(false);

  const search = async (next: StudyQuery, offset: number) => {
    setSearching(true);
    setError(null);
    try {
      setPage(await pacsClientFor(server).searchStudies(next, { offset, limit: PAGE_SIZE }));
      setQuery(next);
    } catch (e) {
      setError({ failure: e });
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
  // Bound here rather than in the JSX, where the literal-string lint rule would read the field names as words.
  const fields = { patientName: field('patientName'), patientId: field('patientId'), dateFrom: field('dateFrom'), dateTo: field('dateTo'), modality: field('modality') };
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
        <input data-testid="pacs-patient-name" placeholder={t('search.patientName')} {...fields.patientName} />
        <input data-testid="pacs-patient-id" placeholder={t('search.patientId')} {...fields.patientId} />
        <label>
          {t('search.from')} <input data-testid="pacs-date-from" type="date" {...fields.dateFrom} />
        </label>
        <label>
          {t('search.to')} <input data-testid="pacs-date-to" type="date" {...fields.dateTo} />
        </label>
        <select data-testid="pacs-modality" {...fields.modality}>
          <option value="">{t('search.anyModality')}</option>
          <option value="CT">CT</option>
          <option value="MR">MR</option>
        </select>
        <button type="submit" className="primary" data-testid="pacs-search-button" disabled={searching}>
          {searching ? t('search.searching') : t('search.search')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error" data-testid="pacs-search-error">
          {pacsErrorText(error.failure, locale)}
        </p>
      )}
      {page && (
        <>
          <table className="pacs-studies" data-testid="pacs-studies">
            <thead>
              <tr>
                <th />
                <th>{t('search.columns.patient')}</th>
                <th>{t('search.columns.id')}</th>
                <th>{t('search.columns.date')}</th>
                <th>{t('search.columns.description')}</th>
                <th>{t('search.columns.modalities')}</th>
                <th>{t('search.columns.images')}</th>
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
                        {t('search.patientStudies')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.studies.length === 0 && <p data-testid="pacs-no-studies">{t('search.noStudies')}</p>}
          <div className="pacs-paging">
            <button type="button" data-testid="pacs-previous" disabled={page.offset === 0 || searching} onClick={() => void search(query, Math.max(0, page.offset - PAGE_SIZE))}>
              {t('search.previous')}
            </button>
            <span data-testid="pacs-page">
              {page.studies.length > 0 ? `${page.offset + 1}–${page.offset + page.studies.length}` : ''}
            </span>
            <button type="button" data-testid="pacs-next" disabled={!page.hasMore || searching} onClick={() => void search(query, page.offset + PAGE_SIZE)}>
              {t('search.next')}
            </button>
          </div>
        </>
      )}
      <div className="pacs-buttons">
        {patients.size > 1 && <span className="error">{t('search.severalPatients', { count: patients.size })}</span>}
        <button type="button" className="primary" data-testid="pacs-open" disabled={chosen.size === 0 || patients.size > 1} onClick={() => onOpen([...chosen.values()])}>
          {chosen.size ? t('search.open', { count: chosen.size }) : t('search.openNone')}
        </button>
      </div>
    </section>
  );
}
