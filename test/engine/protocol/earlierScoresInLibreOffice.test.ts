import { buildProtocolWorkbook, checkProtocol, readProtocolWorkbook, type ProtocolSpec } from '../../../src/engine/protocol';
import { earlierRoundHeader } from '../../../src/engine/protocol/earlierScores';
import type { ScoreValue } from '../../../src/engine/scores';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';
import { makeSpec, SECRET } from './protocolFixtures';

/** A third expert's protocol (issue 11): the earlier experts' scores in read-only columns after «Пояснение». */
describe('a protocol with the earlier experts’ scores, opened in LibreOffice', () => {
  let spec: ProtocolSpec;
  let plain: ProtocolSpec;
  let bytes: Uint8Array;
  let outputs: Map<string, Uint8Array>;

  const earlierOf = (index: number): ScoreValue[] => [{ kind: 'score', value: index % 3 }, index % 4 === 0 ? { kind: 'no-answer' } : { kind: 'score', value: (index + 1) % 3 }];

  beforeAll(async () => {
    plain = makeSpec({ works: 3, tasks: 4 });
    let index = 0;
    spec = {
      ...plain,
      round: 3,
      earlierRounds: [earlierRoundHeader(1), earlierRoundHeader(2)],
      works: plain.works.map((work) => ({ ...work, tasks: work.tasks.map((task) => ({ ...task, earlier: earlierOf(index++) })) })),
    };
    bytes = await buildProtocolWorkbook(spec, SECRET);
    const resaved = await convertWithLibreOffice([{ name: 'third.xlsx', bytes }], 'xlsx');
    outputs = new Map([...resaved].map(([name, data]) => [`resaved-${name}`, data]));
    for (const [name, data] of await convertWithLibreOffice([{ name: 'third.xlsx', bytes }], 'csv')) outputs.set(name, data);
  }, 180_000);

  it('shows both earlier scores beside each task, under their headers', () => {
    const name = [...outputs.keys()].find((file) => file.normalize('NFC') === 'third-Протокол.csv');
    if (!name) throw new Error(`no CSV of the Протокол sheet: ${[...outputs.keys()].join(', ')}`);
    const rows = parseCsv(outputs.get(name)!);
    expect(rows[0].slice(10, 12)).toEqual(['Балл 1-го эксперта', 'Балл 2-го эксперта']);
    const expected = spec.works.flatMap((work) => work.tasks).map((task) => task.earlier!.map((score) => (score.kind === 'score' ? String(score.value) : 'X')));
    expect(rows.slice(1, expected.length + 1).map((row) => row.slice(10, 12))).toEqual(expected);
  });

  it('totals each earlier expert per work on Итоги, beside the third expert\'s total', () => {
    const name = [...outputs.keys()].find((file) => file.normalize('NFC') === 'third-Итоги.csv');
    if (!name) throw new Error(`no CSV of the Итоги sheet: ${[...outputs.keys()].join(', ')}`);
    const rows = parseCsv(outputs.get(name)!);
    expect(rows[0].slice(7, 12)).toEqual(['Балл эксперта', 'Разница (эксперт − ОО)', 'Заданий с расхождением', 'Балл 1-го эксперта', 'Балл 2-го эксперта']);
    // By hand from earlierOf: work 1 has tasks 0–3 (first 0+1+2+0, second X+2+0+1), work 2 tasks 4–7, work 3 tasks 8–11.
    expect(rows.slice(1, 4).map((row) => row.slice(10, 12))).toEqual([
      ['3', '3'],
      ['4', '3'],
      ['5', '3'],
    ]);
    expect(rows[4][0]).toBe('Итого');
    expect(rows[4].slice(10, 12)).toEqual(['12', '9']);
  });

  it('reads and checks like any format-2 protocol, before and after LibreOffice saves it', async () => {
    const resaved = [...outputs].find(([name]) => name.startsWith('resaved-'))![1];
    for (const file of [bytes, resaved]) {
      const read = await readProtocolWorkbook(file);
      if (!read.ok) throw new Error(read.failure.problem);
      expect(read.protocol.meta).toMatchObject({ formatVersion: 2, round: 3 });
      expect(read.protocol.rows).toHaveLength(12);
      const check = await checkProtocol(file, { secret: SECRET });
      expect(new Set(check.problems.map((problem) => problem.problem))).toEqual(new Set(['missing-expert-score']));
    }
  });

  it('signs the same prefilled data as the protocol without the earlier columns', async () => {
    const [withEarlier, without] = await Promise.all([readProtocolWorkbook(bytes), readProtocolWorkbook(await buildProtocolWorkbook({ ...plain, round: 3 }, SECRET))]);
    if (!withEarlier.ok || !without.ok) throw new Error('unreadable');
    expect(withEarlier.protocol.meta.checksum).toBe(without.protocol.meta.checksum);
  });
});
