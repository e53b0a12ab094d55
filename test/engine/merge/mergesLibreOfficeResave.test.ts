import { mergeProtocols } from '../../../src/engine';
import { convertWithLibreOffice } from '../../support/libreOffice';
import { expertPoints, fillProtocol, prepareRegion, rowsOf } from './returnedProtocols';

describe('a protocol saved again by LibreOffice', () => {
  it('stays merged with the same rows, codes and comments', async () => {
    const region = await prepareRegion('секрет-libreoffice');
    const [blank] = region.protocols.values();
    const filled = await fillProtocol(blank, { edits: { 'Комментарии!C2': '+', 'Комментарии!D2': 'Не успели' } });
    const resaved = (await convertWithLibreOffice([{ name: 'filled.xlsx', bytes: filled }], 'xlsx')).get('filled.xlsx');
    expect(resaved).toBeDefined();
    expect(Buffer.from(resaved!).equals(Buffer.from(filled))).toBe(false);

    const [original, again] = await Promise.all([filled, resaved!].map((bytes) => mergeProtocols([{ file: 'p.xlsx', data: bytes }], region.key)));
    expect(again.protocols[0]).toMatchObject({ state: 'merged', problems: [] });
    const scores = (rows: typeof again.rows) => rows.map((row) => [row.workCode, row.task, row.expertScore, row.errorCodes, row.hardest]);
    expect(scores(again.rows)).toEqual(scores(original.rows));
    expect(again.rows.map((row) => (row.expertScore.kind === 'score' ? row.expertScore.value : 0))).toEqual(expertPoints(await rowsOf(filled)));
    expect(again.comments).toEqual(original.comments);
  }, 180_000);
});
