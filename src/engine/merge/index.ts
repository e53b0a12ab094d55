/**
 * Merging the protocols experts return (issue 8, section 1): each file's state and reason, and the rows and
 * comments of the kept protocols joined with the coordinator's key, ready for `computeStatistics`.
 */
export { mergeProtocols } from './mergeProtocols';
export { reportComments } from './reportComments';
export type { MergeComment, MergedProtocol, MergeInput, MergeOptions, MergeResult, MergeRow, ProtocolState } from './types';
