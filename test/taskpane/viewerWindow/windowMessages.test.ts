import { encodeMessage, parsePaneMessage, parseWindowMessage, type ShowMessage } from '../../../src/taskpane/viewerWindow/windowMessages';

const show: ShowMessage = {
  kind: 'show',
  packageId: '2026-Э01-1',
  work: { key: 'ОО-460/40001', path: 'ОО-460/40001_вар.1.pdf', schoolCode: 'ОО-460', workCode: '40001', variant: 1 },
  task: '4К1',
  next: null,
  index: 0,
  total: 5,
  byTask: false,
};

describe('the messages between the pane and the viewer window', () => {
  it('carry a selection there and back unchanged', () => {
    expect(parsePaneMessage(encodeMessage(show))).toEqual(show);
    expect(parseWindowMessage(encodeMessage({ kind: 'shown', key: 'ОО-460/40001', page: 2, pages: 3 }))).toEqual({ kind: 'shown', key: 'ОО-460/40001', page: 2, pages: 3 });
    expect(parseWindowMessage(encodeMessage({ kind: 'navigate', to: 'next-same-task' }))).toEqual({ kind: 'navigate', to: 'next-same-task' });
  });

  it('refuse what is not one of them', () => {
    expect(parsePaneMessage('not json')).toBeNull();
    expect(parsePaneMessage(JSON.stringify({ ...show, work: { key: 1 } }))).toBeNull();
    expect(parsePaneMessage(JSON.stringify({ ...show, index: -1 }))).toBeNull();
    expect(parseWindowMessage(JSON.stringify({ kind: 'navigate', to: 'somewhere' }))).toBeNull();
    expect(parseWindowMessage(JSON.stringify({ kind: 'shown', key: 'x', page: 1.5, pages: 2 }))).toBeNull();
    expect(parseWindowMessage('[]')).toBeNull();
  });
});
