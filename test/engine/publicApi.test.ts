import * as engine from '../../src/engine';

// The pane and the CLI are customers of this surface only; a change to it is a decision, not an accident.
describe('the engine public surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'ArchiveUnreadableError',
      'DEFAULT_STATISTICS_SETTINGS',
      'ERROR_CODES',
      'META_BLOCK_ROWS',
      'META_KEYS',
      'META_MARKER',
      'PROTOCOL_COLUMNS',
      'PROTOCOL_FORMAT_VERSION',
      'PROTOCOL_SHEETS',
      'buildKeyWorkbook',
      'buildPackages',
      'checkProtocol',
      'checkProtocolRows',
      'columnLetters',
      'columnNumber',
      'computeStatistics',
      'counted',
      'firstFreeMetaRow',
      'indexArchives',
      'keyOfPlan',
      'markOf',
      'materialsForVariant',
      'parsePackageId',
      'pickMetaSheet',
      'planPreparation',
      'plural',
      'preparePackages',
      'problemMessage',
      'protocolFileName',
      'protocolRowFromCells',
      'readKeySecret',
      'readKeyWorkbook',
      'readMarksScales',
      'readMetaBlock',
      'readPackageNames',
      'reviewsOfKey',
      'russianDate',
      'schoolSheetFileName',
      'summariseBank',
      'workKey',
    ]);
  });
});
