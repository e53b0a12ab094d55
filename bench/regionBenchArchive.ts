import { buildZip } from '../test/support/archiveFixtures';
import { makeScoreSheet, sampleRows } from '../test/support/scoreSheetFactory';

export const SCHOOLS_PER_MUNICIPALITY = 10;
export const WORKS_PER_SCHOOL = 30;
export const BENCH_TASKS = Array.from({ length: 20 }, (_, i) => `${i + 1} (${(i % 3) + 1}б)`);

/**
 * The ZIP of municipality `m` (0-based) at regional scale, as bench:prepare and bench:merge use it: 10 schools of
 * 30 works, 20 tasks, each school's folder with its scans and score sheet.
 */
export async function municipalityArchive(m: number, pdf: Uint8Array, presizedRows?: number): Promise<Uint8Array> {
  const municipality = `Район ${m + 1}`;
  const entries: Parameters<typeof buildZip>[0] = [];
  for (let s = 0; s < SCHOOLS_PER_MUNICIPALITY; s++) {
    const folder = `${municipality}/МБОУ СОШ №${m * 100 + s + 1}, русский язык, 6 класс`;
    const first = 40001 + (m * SCHOOLS_PER_MUNICIPALITY + s) * 100;
    const rows = sampleRows(WORKS_PER_SCHOOL, BENCH_TASKS, first);
    rows.forEach((row) => entries.push({ path: `${folder}/${row.code}_вар.${row.variant}.pdf`, data: pdf, nameEncoding: 'cp866', method: 'store' }));
    entries.push({ path: `${folder}/Протокол.xlsx`, data: await makeScoreSheet({ tasks: BENCH_TASKS, rows, presizedRows }), nameEncoding: 'cp866' });
  }
  return buildZip(entries);
}
