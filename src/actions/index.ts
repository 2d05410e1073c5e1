export { filesFromInput, filesFromDataTransfer, canPickDirectoryHandle, pickDirectoryFiles, type LocalFile } from './collectFiles';
export { openLocalFiles, cancelScan } from './openLocalFiles';
export { loadDemoStudies } from './loadDemoStudies';
export { closeAll } from './closeAll';
export { openPatientAssessment, setStudyIncluded, excludedStudies, type RestoreAssessment, type RestoredAssessment } from './openPatientAssessment';
