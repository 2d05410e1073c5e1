import { describe, expect, it } from 'vitest';
import { authorizationHeader, checkServerUrl } from './pacsServer';
import { PacsError, pacsErrorOfStatus, pacsErrorText } from './pacsErrors';
import { storeOutcomeOf } from './pacsClient';
import { EMPTY_STUDY_QUERY, qidoStudyParameters, studyPageOf } from './studyQuery';

const study = (uid: string, name = 'DOE^JANE') => ({
  '0020000D': { vr: 'UI', Value: [uid] },
  '00100010': { vr: 'PN', Value: [{ Alphabetic: name }] },
  '00100020': { vr: 'LO', Value: ['P-1'] },
  '00080020': { vr: 'DA', Value: ['20260112'] },
  '00080061': { vr: 'CS', Value: ['CT', 'SR'] },
  '00201208': { vr: 'IS', Value: [173] },
});

describe('QIDO-RS study search', () => {
  it('turns the form into query parameters, with one study more than the page to know about the next', () => {
    const parameters = qidoStudyParameters({ patientName: ' doe ', patientId: 'P-1', dateFrom: '2026-01-01', dateTo: '2026-03-31', modality: 'CT' }, { offset: 20, limit: 20 });
    expect(parameters).toEqual({
      PatientName: 'doe*',
      PatientID: 'P-1',
      StudyDate: '20260101-20260331',
      ModalitiesInStudy: 'CT',
      includefield: '00081030,00080061,00201208',
      limit: '21',
      offset: '20',
    });
    expect(qidoStudyParameters({ ...EMPTY_STUDY_QUERY, patientName: 'DOE^J?NE', dateTo: '2026-03-31' }, { offset: 0, limit: 5 })).toMatchObject({ PatientName: 'DOE^J?NE', StudyDate: '-20260331' });
    expect(Object.keys(qidoStudyParameters(EMPTY_STUDY_QUERY, { offset: 0, limit: 5 }))).toEqual(['includefield', 'limit', 'offset']);
  });

  it('reads a page of studies and whether more follow', () => {
    const page = studyPageOf([study('1.1'), study('1.2'), study('1.3')], { offset: 0, limit: 2 });
    expect(page.hasMore).toBe(true);
    expect(page.studies.map((s) => s.StudyInstanceUID)).toEqual(['1.1', '1.2']);
    expect(page.studies[0]).toEqual({ StudyInstanceUID: '1.1', PatientName: 'DOE^JANE', PatientID: 'P-1', StudyDate: '20260112', StudyDescription: '', ModalitiesInStudy: ['CT', 'SR'], NumberOfStudyRelatedInstances: 173 });
    expect(studyPageOf([study('1.1')], { offset: 2, limit: 2 })).toMatchObject({ hasMore: false, offset: 2 });
  });
});

describe('the configured server', () => {
  it('normalises the base address and refuses what cannot be one', () => {
    expect(checkServerUrl(' http://127.0.0.1:8042/dicom-web/ ')).toEqual({ ok: true, url: 'http://127.0.0.1:8042/dicom-web', origin: 'http://127.0.0.1:8042' });
    expect(checkServerUrl('pacs/dicom-web')).toEqual({ ok: false, reason: { code: 'not-an-address', text: 'pacs/dicom-web', example: 'https://pacs.example.org/dicom-web' } });
    expect(checkServerUrl('ftp://pacs.example.org/dicom-web')).toEqual({ ok: false, reason: { code: 'not-http', protocol: 'ftp:' } });
    expect(checkServerUrl('https://pacs.example.org/dicom-web?x=1')).toEqual({ ok: false, reason: { code: 'query-or-fragment' } });
    expect(checkServerUrl('https://user:pw@pacs.example.org/dicom-web')).toMatchObject({ ok: false, reason: { code: 'credentials-in-address' } });
  });

  it('sends basic (UTF-8) or bearer credentials, or none', () => {
    expect(authorizationHeader({ kind: 'none' })).toBeUndefined();
    expect(authorizationHeader({ kind: 'basic', username: 'viable', password: 'pässword' })).toBe(`Basic ${Buffer.from('viable:pässword', 'utf8').toString('base64')}`);
    expect(authorizationHeader({ kind: 'bearer', token: 'abc.def' })).toBe('Bearer abc.def');
  });

  it('words the failures the reader can act on', () => {
    expect(pacsErrorOfStatus(0, 'http://pacs')).toMatchObject({ kind: 'unreachable', message: expect.stringContaining('Cannot reach http://pacs') });
    expect(pacsErrorOfStatus(401, 'http://pacs')).toMatchObject({ kind: 'unauthorized', message: expect.stringContaining('HTTP 401') });
    expect(pacsErrorOfStatus(503, 'http://pacs')).toMatchObject({ kind: 'serverError', reason: { code: 'serverError', origin: 'http://pacs', status: 503 } });
    expect(pacsErrorOfStatus(503, 'http://pacs').message).toBe('http://pacs failed with a server error (HTTP 503); try again later.');
  });

  it('keeps the reason as data and words it in the reader\'s language', () => {
    const refused = pacsErrorOfStatus(401, 'http://pacs');
    expect(refused.reason).toEqual({ code: 'unauthorized', origin: 'http://pacs' });
    expect(pacsErrorText(refused)).toBe('http://pacs refused the credentials (HTTP 401): check the user name and password, or the token.');
    expect(pacsErrorText(refused, 'zh-CN')).toBe('http://pacs 拒绝了凭据（HTTP 401）：请检查用户名和密码或令牌。');
    const missing = new PacsError({ code: 'instanceMissing', origin: 'http://pacs', sopInstanceUid: '2.25.1' });
    expect(missing.kind).toBe('notFound');
    expect(pacsErrorText(missing, 'zh-CN')).toBe('http://pacs 没有返回实例 2.25.1 的对象。');
    // What the network or a library said has no translation: it is shown as it came.
    expect(pacsErrorText(new Error('socket hang up'), 'zh-CN')).toBe('socket hang up');
  });

  it('counts the instances a STOW-RS response says were refused', () => {
    const response = JSON.stringify({ '00081198': { vr: 'SQ', Value: [{ '00081150': { vr: 'UI', Value: ['1.2'] } }] }, '00081199': { vr: 'SQ', Value: [{}] } });
    expect(storeOutcomeOf(response, 2)).toEqual({ stored: 1, refused: 1 });
    expect(storeOutcomeOf(JSON.stringify({ '00081199': { vr: 'SQ', Value: [{}, {}] } }), 2)).toEqual({ stored: 2, refused: 0 });
  });
});
