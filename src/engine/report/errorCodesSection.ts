import { ERROR_CODES } from '../protocol/errorCodes';
import type { ErrorCodeCounts } from '../statistics';
import type { ReportBlock } from './blocks';
import type { ReportTest } from './reportTests';
import { russianNumber, russianPercent } from './russianNumbers';

/** «Типичные ошибки оценивания»: how often the experts gave each code 1–7 in the region, over every test. */
export function errorCodesSection(tests: readonly ReportTest[]): ReportBlock[] {
  const totals = new Map<number, number>(ERROR_CODES.map((entry) => [entry.code, 0]));
  for (const test of tests) {
    for (const [code, count] of Object.entries(test.region.errorCodes as ErrorCodeCounts)) totals.set(Number(code), (totals.get(Number(code)) ?? 0) + count);
  }
  const all = [...totals.values()].reduce((sum, count) => sum + count, 0);
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '6. Типичные ошибки оценивания' }];
  if (all === 0) {
    blocks.push({ kind: 'paragraph', text: 'Эксперты не указали ни одного кода ошибок.' });
    return blocks;
  }
  const ranked = ERROR_CODES.filter((entry) => (totals.get(entry.code) ?? 0) > 0).sort((a, b) => (totals.get(b.code) ?? 0) - (totals.get(a.code) ?? 0));
  const top = ranked.slice(0, 3).map((entry) => `«${entry.text}» (код ${entry.code}) — ${russianPercent((totals.get(entry.code) ?? 0) / all)}`);
  blocks.push(
    { kind: 'paragraph', text: `Чаще всего эксперты указывали: ${top.join('; ')} всех указаний кодов ошибок.` },
    {
      kind: 'table',
      columns: [
        { header: 'Код', width: 0.8, numeric: true },
        { header: 'Ошибка, выявленная в ходе перепроверки', width: 8 },
        { header: 'Число указаний', width: 1.5, numeric: true },
        { header: 'Доля указаний', width: 1.5, numeric: true },
      ],
      rows: ERROR_CODES.map((entry) => {
        const count = totals.get(entry.code) ?? 0;
        return { cells: [String(entry.code), entry.text, russianNumber(count), russianPercent(count / all)] };
      }),
    },
    { kind: 'note', text: 'Число указаний — число строк заданий, которым эксперт указал код; одному заданию можно указать несколько кодов.' },
  );
  return blocks;
}
