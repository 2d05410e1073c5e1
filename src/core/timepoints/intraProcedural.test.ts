// Which studies are imaging taken during the procedure (issue 9.1): a diagnostic CT/MR
// after TACE is a follow-up; angiography, DSA and cone-beam CT are not.
import { describe, expect, it } from 'vitest';
import { intraProceduralStudies } from './intraProcedural.ts';
import type { StudySummary } from './planTimepoints.ts';

const study = (uid: string, description: string, options: Partial<StudySummary> = {}): StudySummary => ({
  studyInstanceUid: uid,
  date: '2026-03-02',
  description,
  modalities: ['CT'],
  ...options,
});

const isIntraProcedural = (description: string, options?: Partial<StudySummary>) =>
  intraProceduralStudies([study('s', description, options)]).has('s');

describe('intraProceduralStudies', () => {
  it.each([
    'POST TACE',
    'CT LIVER POST TACE',
    'post-TACE 6 weeks',
    'TACE follow up',
    'TACE术后复查',
    'MR LIVER after cTACE',
    'CT ABDOMEN DEB-TACE response',
    'intrahepatic lesions CT',
    'CT LIVER',
    '',
  ])('a diagnostic study described "%s" is a follow-up', (description) => {
    expect(isIntraProcedural(description)).toBe(false);
  });

  it.each([
    ['CBCT TACE', 'CBCT'],
    ['DSA TACE', 'DSA'],
    ['ANGIO TACE', 'ANGIO'],
    ['Angiography hepatic', 'Angiography'],
    ['cone beam CT liver', 'cone beam'],
    ['Cone-beam CT', 'Cone-beam'],
    ['DynaCT liver', 'DynaCT'],
    ['XperCT', 'XperCT'],
    ['intra-procedural CBCT', 'intra-procedural'],
    ['intraprocedural CT', 'intraprocedural'],
    ['CT during TACE', 'during'],
    ['TACE术中CT', '术中'],
  ])('"%s" is intra-procedural (the description says "%s")', (description, term) => {
    expect(intraProceduralStudies([study('s', description)]).get('s')).toEqual({ kind: 'description', term });
  });

  it('takes XA and RF modalities, and X-ray angiography SOP classes, whatever the description', () => {
    expect(intraProceduralStudies([study('s', 'LIVER POST TACE', { modalities: ['XA'] })]).get('s')).toEqual({ kind: 'modality', modality: 'XA' });
    expect(isIntraProcedural('LIVER', { modalities: ['RF'] })).toBe(true);
    const xa3d = '1.2.840.10008.5.1.4.1.1.13.1.1';
    expect(intraProceduralStudies([study('s', 'LIVER', { sopClassUids: [xa3d] })]).get('s')).toEqual({ kind: 'sop-class', sopClassUid: xa3d });
    expect(isIntraProcedural('LIVER', { sopClassUids: ['1.2.840.10008.5.1.4.1.1.2'] })).toBe(false);
  });

  it('takes a study naming the procedure on the day of procedure imaging, not on another day', () => {
    const found = intraProceduralStudies([
      study('angio', 'DSA', { date: '2026-01-20' }),
      study('ct-same-day', 'CT POST TACE', { date: '2026-01-20' }),
      study('ct-plain-same-day', 'CT LIVER', { date: '2026-01-20' }),
      study('ct-later', 'CT POST TACE', { date: '2026-03-02' }),
    ]);
    expect(found.get('ct-same-day')).toEqual({ kind: 'same-day-as-procedure', term: 'TACE', procedureDate: '2026-01-20' });
    expect([...found.keys()].sort()).toEqual(['angio', 'ct-same-day']);
  });
});
