import { protocolFiles, withAdded } from '../../../src/taskpane/analyst/protocolFiles';

function file(name: string, folderPath = ''): File {
  const made = new File([new Uint8Array([1])], name);
  if (folderPath) Object.defineProperty(made, 'webkitRelativePath', { value: folderPath });
  return made;
}

describe('the protocols the analyst picks', () => {
  it('takes workbooks and ZIPs by their path in the folder, drops lock files, and names what is neither', () => {
    const picked = protocolFiles([
      file('Протокол 1.xlsx', 'Почта/Протокол 1.xlsx'),
      file('~$Протокол 1.xlsx', 'Почта/~$Протокол 1.xlsx'),
      file('архив.ZIP'),
      file('скан.pdf', 'Почта/скан.pdf'),
      file('.DS_Store', 'Почта/.DS_Store'),
    ]);
    expect(picked.accepted.map((entry) => entry.file)).toEqual(['Почта/Протокол 1.xlsx', 'архив.ZIP']);
    expect(picked.skipped).toEqual(['Почта/скан.pdf']);
  });

  it('adds protocols that came later; the same path again replaces the earlier file', () => {
    const first = protocolFiles([file('a.xlsx'), file('b.xlsx')]).accepted;
    const again = protocolFiles([file('b.xlsx'), file('c.xlsx')]).accepted;
    const list = withAdded(first, again);
    expect(list.map((entry) => entry.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(list[1]).toBe(again[0]);
  });
});
