import { readableArchives, type SessionBank } from '../../../src/taskpane/session/session';

describe('readableArchives', () => {
  it('gives the chosen archives but those that could not be opened, in the order chosen', () => {
    const files = ['a.zip', 'broken.zip', 'b.zip'].map((name) => new File(['x'], name));
    const bank: SessionBank = {
      bank: { works: [], documents: [], problems: [] },
      schools: [],
      request: { files, password: 'p' },
      unreadable: ['broken.zip'],
    };
    expect(readableArchives(bank).map((file) => file.name)).toEqual(['a.zip', 'b.zip']);
  });
});
