import * as engine from '../../src/engine';

// The pane and the CLI are customers of this surface only; a change to it is a decision, not an accident.
describe('the engine public surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'ArchiveUnreadableError',
      'DEFAULT_STATISTICS_SETTINGS',
      'ERROR_CODES',
      'META_KEYS',
      'META_MARKER',
      'PROTOCOL_COLUMNS',
      'PROTOCOL_FORMAT_VERSION',
      'PROTOCOL_SHEETS',
      'checkProtocol',
      'checkProtocolRows',
      'columnLetters',
      'columnNumber',
      'computeStatistics',
      'counted',
      'indexArchives',
      'markOf',
      'materialsForVariant',
      'plural',
      'preparePackages',
      'problemMessage',
      'protocolFileName',
      'protocolRowFromCells',
      'readKeySecret',
      'readMarksScales',
      'readPackageNames',
      'russianDate',
      'summariseBank',
      'workKey',
    ]);
  });
});
