import * as engine from '../../src/engine';

// The pane and the CLI are customers of this surface only; a change to it is a decision, not an accident.
describe('the engine public surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'ArchiveUnreadableError',
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
      'counted',
      'indexArchives',
      'materialsForVariant',
      'plural',
      'preparePackages',
      'problemMessage',
      'protocolFileName',
      'protocolRowFromCells',
      'readKeySecret',
      'readPackageNames',
      'russianDate',
      'summariseBank',
      'workKey',
    ]);
  });
});
