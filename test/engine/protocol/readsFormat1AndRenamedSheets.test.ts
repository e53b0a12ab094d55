/**
 * Protocols already in experts' hands keep merging: a format-1 protocol (fixture written by the builder before
 * rounds) reads as round 1 of an expert, with its checksum and signature intact. And the hidden sheet is found
 * by its marker, whatever it was renamed to — as the add-in finds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProtocolWorkbook, checkProtocol, readProtocolWorkbook } from '../../../src/engine/protocol';
import { editProtocol, makeSpec, SECRET } from './protocolFixtures';

const FORMAT1 = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/format1/protocol-format1.xlsx')));

/** Every Балл эксперта equal to the school's, so the rows need no error code. */
async function filledAsTheSchool(bytes: Uint8Array): Promise<Uint8Array> {
  const read = await readProtocolWorkbook(bytes);
  if (!read.ok) throw new Error(read.failure.problem);
  const edits: Record<string, string | number> = {};
  for (const row of read.protocol.rows) {
    edits[`G${row.row}`] = row.schoolScore.kind === 'score' ? row.schoolScore.value : 'X';
  }
  return editProtocol(bytes, edits);
}

describe('a format-1 protocol', () => {
  it('reads as the first round of an expert', async () => {
    const read = await readProtocolWorkbook(FORMAT1);
    expect(read.ok && read.protocol.meta).toMatchObject({ formatVersion: 1, round: 1, reviewer: 'expert', packageId: 'PKG-2026-007' });
    expect(read.ok && read.protocol.rows).toHaveLength(12);
  });

  it('filled in by its expert is complete, its signature checked with the coordinator secret', async () => {
    const check = await checkProtocol(await filledAsTheSchool(FORMAT1), { secret: SECRET });
    expect(check.problems).toEqual([]);
    expect(check.complete).toBe(true);
    expect((await checkProtocol(await filledAsTheSchool(FORMAT1), { secret: 'чужой' })).problems.map((p) => p.problem)).toEqual(['signature-mismatch']);
  });
});

describe('a format-2 protocol', () => {
  it('carries its round and reviewer on the hidden sheet', async () => {
    const bytes = await buildProtocolWorkbook({ ...makeSpec(), packageId: '2026-Т2-Э03-1', round: 2, reviewer: 'expert' }, SECRET);
    const read = await readProtocolWorkbook(bytes);
    expect(read.ok && read.protocol.meta).toMatchObject({ formatVersion: 2, round: 2, reviewer: 'expert', packageId: '2026-Т2-Э03-1' });
    expect((await checkProtocol(await filledAsTheSchool(bytes), { secret: SECRET })).complete).toBe(true);
  });

  it('is found by its marker when the hidden sheet was renamed, even beside a decoy named «recheck»', async () => {
    const bytes = await buildProtocolWorkbook(makeSpec(), SECRET);
    const renamed = await editProtocol(bytes, {}, (workbook) => {
      workbook.getWorksheet('recheck')!.name = 'служебный';
      workbook.addWorksheet('recheck').getCell('A1').value = 'заметки';
    });
    const read = await readProtocolWorkbook(renamed);
    expect(read.ok && read.protocol.meta.packageId).toBe('PKG-2026-007');
    expect(read.ok && read.protocol.originals.length).toBeGreaterThan(0);
    expect((await checkProtocol(await filledAsTheSchool(renamed), { secret: SECRET })).complete).toBe(true);
  });
});
