/**
 * The expert's protocol workbook: built for a package, read back, and checked against the rules of the
 * re-check (DOMAIN.md, «The protocol»). Pure: bytes in, bytes or data out; ExcelJS and Web Crypto only.
 */
export { buildProtocolWorkbook } from './buildWorkbook';
export { readProtocolWorkbook } from './readWorkbook';
export {
  firstFreeMetaRow,
  hasMetaMarker,
  META_BLOCK_ROWS,
  pickMetaSheet,
  readMetaBlock,
  type MetaReading,
  type MetaSheetCandidate,
  type ProtocolMetaValues,
} from './metaSheet';
export { protocolRowFromCells } from './protocolRow';
export { checkProtocol, integrityProblems } from './checkProtocol';
export { checkProtocolRows } from './checkRows';
export { prefilledDigest, signPrefilled, canonicalDocument, CHECKSUM_DESCRIPTION } from './canonical';
export { parseErrorCodeCell, parseScoreCell, plainCellValue } from './cellValues';
export { ERROR_CODES } from './errorCodes';
export { PROTOCOL_COLUMNS, PROTOCOL_SHEETS, type ProtocolColumnKey } from './layout';
export {
  PROTOCOL_FORMAT_VERSION,
  READABLE_PROTOCOL_VERSIONS,
  type CellInput,
  type ProtocolFormatVersion,
  type ReviewerKind,
  type ErrorCode,
  type PrefilledData,
  type PrefilledRow,
  type ProtocolCheck,
  type ProtocolComments,
  type ProtocolIdentity,
  type ProtocolMeta,
  type ProtocolProblem,
  type ProtocolRow,
  type ProtocolSpec,
  type ProtocolTask,
  type ProtocolTaskComment,
  type ProtocolWork,
  type ReadFailure,
  type ReadProtocol,
  type ReadProtocolResult,
} from './types';
