/**
 * The municipal cross-check (regulation 002): classroom files and their works, ciphers, routing between
 * schools, packages with the check protocol, and the results written back into each origin school's own form.
 */
export { prepareCross, type CrossPrepareOptions, type CrossPrepareResult } from './prepareCross';
export { planCross, testKey, type CrossPlan, type CrossPlanOptions } from './planCross';
export { buildCrossPackages, checkProtocolFileName, crossPackageFileName, type CrossPackage } from './buildCrossPackages';
export { keyOfCrossPlan } from './crossKey';
export { routeSchools, routingCost, type RoutedSchool } from './routing';
export { assignCiphers } from './ciphers';
export { readCoverLetter, countsFromText, docxText, type LetterReading } from './coverLetter';
export { readCountsTable, type CountRow, type CountsReading } from './countsTable';
export { buildCheckProtocol, type CheckProtocolFile, type CheckProtocolSpec } from './buildCheckProtocol';
export { readCheckProtocol, checkProtocolIntegrity, type ReadCheckProtocol, type CheckProtocolRow } from './readCheckProtocol';
export { checkedWorks, type CheckedWork } from './checkRows';
export { CHECK_SHEETS, CHECK_COLUMNS, FIRST_TASK_COLUMN, proposeSplit } from './checkProtocolLayout';
export { fillForm, planFormWrites, taskColumnsOf, type FormFill, type FormWrite } from './fillForm';
export { returnCross, type CrossReturnOptions, type CrossReturnResult, type FilledForm, type ReturnedProtocol } from './returnCross';
export type { CrossClassroom, CrossOverride, CrossPackageFile, CrossPackagePlan, CrossSchoolRoute, CrossTest } from './types';
export { readFormGrid, formGridWrites, writtenValue, type FormGrid, type FormGridWrites } from './formGrid';
export { checkProtocolChecksum } from './checkProtocolDigest';
export { FILE_COLUMNS, TOTAL_HEADER } from './checkProtocolLayout';
export { checkDataRows, planMerge, planSplit, type WorkPagesPlan, type WorkPagesRefusal, type WorkRow, type WorkRowEdit } from './workPagesPlan';
