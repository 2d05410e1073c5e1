/** DICOMweb (QIDO-RS, WADO-RS, STOW-RS): the server a reader configures and the calls the viewer makes. */
export { checkServerUrl, authorizationHeader, pacsServerSchema, type PacsAuth, type PacsServer } from './pacsServer';
export { policyAllowsOrigin } from './contentSecurityPolicy';
export { PacsError, pacsErrorOfStatus, pacsErrorText, type PacsErrorKind } from './pacsErrors';
export { createPacsClient, storeOutcomeOf, type InstanceRef, type PacsClient, type SeriesSummary, type StoreOutcome } from './pacsClient';
export { EMPTY_STUDY_QUERY, qidoStudyParameters, studyPageOf, studySummaryOf, type StudyPage, type StudyQuery, type StudySummary } from './studyQuery';
