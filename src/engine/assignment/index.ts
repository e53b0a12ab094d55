/**
 * Depersonalisation and assignment: the list of experts, the school ciphers (Код ОО) and the hand-out of
 * works to experts without conflicts of interest.
 */
export { readExpertList, type ExpertList } from './readExpertList';
export { assignSchoolCodes, type SchoolToCode } from './schoolCodes';
export { assignWorks } from './assignWorks';
export { assignCopies, chooseShare, type CopiesAssignment, type CopiesOptions } from './assignCopies';
export { sameOrganisation } from './sameOrganisation';
export { expertReviewer } from './reviewers';
export type { AssignableWork, Assignment, AssignOptions, Expert, Review, Reviewer, ReviewerKind, UnassignedReason, UnassignedWork } from './types';
