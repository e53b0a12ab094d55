import * as engine from '../../src/engine';

// The pane and the CLI are customers of this surface only; a change to it is a decision, not an accident.
describe('the engine public surface', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'ArchiveUnreadableError',
      'checkProtocol',
      'counted',
      'indexArchives',
      'plural',
      'preparePackages',
      'problemMessage',
      'readKeySecret',
      'summariseBank',
    ]);
  });
});
