/** DICOMweb (QIDO-RS, WADO-RS, STOW-RS): the server a reader configures and the calls the viewer makes. */
export { checkServerUrl, authorizationHeader, pacsServerSchema, SERVER_URL_EXAMPLE, type PacsAuth, type PacsServer, type ServerUrlProblem } from './pacsServer';
export { policyAllowsOrigin } from './contentSecurityPolicy';
export { PacsError, pacsErrorOfStatus, pacsErrorText, pacsReasonText, type PacsErrorKind, type PacsReason } from './pacsErrors';
export { createPacsClient, storeOutcomeOf, type InstanceRef, type PacsClient, type SeriesSummary, type StoreOutcome } from './pacsClient';
export { EMPTY_STUDY_QUERY, qidoStudyParameters, studyPageOf, studySummaryOf, type StudyPage, type StudyQuery, type StudySummary } from './studyQuery';
