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
      'PROBLEM_PLACE',
      'PROTOCOL_COLUMNS',
      'PROTOCOL_FORMAT_VERSION',
      'PROTOCOL_PROBLEM_PLACE',
      'PROTOCOL_SHEETS',
      'checkProtocol',
      'checkProtocolRows',
      'columnLetters',
      'columnNumber',
      'computeStatistics',
      'countProblems',
      'counted',
      'indexArchives',
      'markOf',
      'materialsForVariant',
      'plural',
      'preparePackages',
      'problemDetails',
      'problemText',
      'protocolFileName',
      'protocolRowFromCells',
      'readKeySecret',
      'readMarksScales',
      'readPackageNames',
      'russianDate',
      'summariseBank',
      'unassignedText',
      'workKey',
    ]);
  });
});
