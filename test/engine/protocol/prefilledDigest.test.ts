import { createHash, createHmac } from 'node:crypto';
import { canonicalDocument, prefilledDigest, signPrefilled, type PrefilledData, type PrefilledRow } from '../../../src/engine/protocol';

const identity = {
  formatVersion: 1,
  packageId: 'PKG-1',
  expert: 'Иванова И. И.',
  subject: 'математика',
  grade: 5,
  createdAt: '2026-05-04T09:30:00.000Z',
};

const rows: PrefilledRow[] = [
  { schoolCode: 'ОО-01', workCode: '0402', variant: 1, task: '1', max: 2, schoolScore: { kind: 'score', value: 1 } },
  { schoolCode: 'ОО-01', workCode: '0402', variant: 1, task: '4К1', max: 3, schoolScore: { kind: 'no-answer' } },
  { schoolCode: 'ОО-01', workCode: '0402', variant: 1, task: '9.1', max: 1, schoolScore: { kind: 'empty' } },
];

function data(changed: PrefilledRow[] = rows, changedIdentity = identity): PrefilledData {
  return { identity: changedIdentity, rows: changed };
}

describe('the checksum and signature of the prefilled data', () => {
  it('is the SHA-256 of the documented canonical text, recomputable without this code', async () => {
    const text =
      '["recheck-protocol",1,"PKG-1","Иванова И. И.","математика","5","2026-05-04T09:30:00.000Z",' +
      '[["ОО-01","0402","1","1","2","1"],["ОО-01","0402","1","4К1","3","X"],["ОО-01","0402","1","9.1","1",""]]]';
    expect(canonicalDocument(data())).toBe(text);
    expect(await prefilledDigest(data())).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(await signPrefilled(data(), 'секрет')).toBe(createHmac('sha256', 'секрет').update(text, 'utf8').digest('hex'));
  });

  it('survives what a re-save does to values: numbers as numeric text, spaces, Cyrillic Х, decomposed letters', async () => {
    const resaved: PrefilledRow[] = [
      { schoolCode: ' ОО-01 ', workCode: '0402', variant: '1', task: '1', max: '2', schoolScore: 1 },
      { schoolCode: 'ОО-01', workCode: '0402\u00a0', variant: 1.0, task: '4К1'.normalize('NFD'), max: 3, schoolScore: 'Х' },
      { schoolCode: 'ОО-01', workCode: '0402', variant: 1, task: '9.1', max: 1, schoolScore: null },
    ];
    expect(await prefilledDigest(data(resaved))).toBe(await prefilledDigest(data()));
  });

  it('does not depend on the order of the rows', async () => {
    expect(await prefilledDigest(data([...rows].reverse()))).toBe(await prefilledDigest(data()));
  });

  it('changes when a code loses its leading zero, a score or a maximum changes, or the identity changes', async () => {
    const base = await prefilledDigest(data());
    const variants: PrefilledData[] = [
      data([{ ...rows[0], workCode: 402 }, rows[1], rows[2]]),
      data([{ ...rows[0], schoolScore: 2 }, rows[1], rows[2]]),
      data([{ ...rows[0], max: 3 }, rows[1], rows[2]]),
      data([rows[0], { ...rows[1], schoolScore: 0 }, rows[2]]),
      data(rows.slice(1)),
      data(rows, { ...identity, packageId: 'PKG-2' }),
      data(rows, { ...identity, expert: 'Петров П. П.' }),
    ];
    for (const changed of variants) expect(await prefilledDigest(changed)).not.toBe(base);
  });

  it('signs differently with another secret and refuses an empty one', async () => {
    expect(await signPrefilled(data(), 'a')).not.toBe(await signPrefilled(data(), 'b'));
    await expect(signPrefilled(data(), '')).rejects.toThrow();
  });
});
