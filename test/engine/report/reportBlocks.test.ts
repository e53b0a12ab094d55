import { computeStatistics, inlineText, reportBlocks, type ReportBlock, type ReportInput } from '../../../src/engine';
import { totalsRows, workRows } from '../statistics/rows';

const METADATA: ReportInput['metadata'] = { region: 'Иркутская область', centre: 'ГАУ ИО ЦОПМКиМКО', testPeriod: 'апрель 2026 г.', date: '2026-06-19' };

function texts(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'table') return [block.columns.map((column) => column.header).join(' | '), ...block.rows.map((row) => row.cells.join(' | '))];
    if ('text' in block) return [inlineText(block.text)];
    if (block.kind === 'image') return [block.caption];
    return [];
  });
}

// Русский язык, 4 класс (max 24, scale «3» from 10, «4» from 16, «5» from 21): 4 works, one mark lowered (17 → 15).
// Математика, 4 класс: no scale, 2 works.
const russian = totalsRows([[17, 15], [12, 12], [22, 21], [5, 5]], { subject: 'русский язык', grade: 4, schoolCode: 'r' });
const maths = totalsRows([[10, 10], [8, 6]], { subject: 'математика', grade: 4, schoolCode: 'm' });
const scale = { subject: 'русский язык', grade: 4, lowest3: 10, lowest4: 16, lowest5: 21, max: 24 };

describe('the report as content blocks', () => {
  it('counts marks lowered, confirmed and raised where a scale exists, «недостаточно данных» where none', () => {
    const lines = texts(reportBlocks({ statistics: computeStatistics([...russian, ...maths], { scales: [scale] }), metadata: METADATA }));
    expect(lines).toContain('Проверочная работа | Работ | Изменено работ | Доля объективно оценённых | Отметка понижена | Отметка подтверждена | Отметка повышена | Средняя разность S\u00a0−\u00a0E');
    // Russian: marks confirmed in 3 of 4 (22 and 21 are both «5»); maths by S = E: 1 of 2.
    expect(lines).toContain('математика, 4 класс | 2 | 1 | 50,0\u00a0% | недостаточно данных | недостаточно данных | недостаточно данных | +1,00');
    expect(lines).toContain('русский язык, 4 класс | 4 | 2 | 75,0\u00a0% | 1 | 3 | 0 | +0,75');
    expect(lines).toContainEqual(expect.stringContaining('Шкалы заданы для: русский язык, 4 класс.'));
  });

  it('leaves the marks columns out when no test has a scale', () => {
    const lines = texts(reportBlocks({ statistics: computeStatistics(maths), metadata: METADATA }));
    expect(lines.some((line) => line.includes('Отметка понижена |'))).toBe(false);
  });

  it('reads the target from the settings the statistics used', () => {
    const rows = totalsRows(Array.from({ length: 20 }, (_, index): [number, number] => (index === 0 ? [10, 9] : [10, 10])));
    const settings = { objectiveShareTarget: 0.97 };
    const lines = texts(reportBlocks({ statistics: computeStatistics(rows, { settings }), metadata: { ...METADATA, settings } }));
    expect(lines).toContain('Доля объективно оценённых работ по региону — 95,0\u00a0% (19 из 20 работ) при целевом значении 97,0\u00a0%: ниже целевого значения.');
    const met = texts(reportBlocks({ statistics: computeStatistics(rows), metadata: METADATA }));
    expect(met).toContain('Доля объективно оценённых работ по региону — 95,0\u00a0% (19 из 20 работ) при целевом значении 90,0\u00a0%: целевое значение достигнуто.');
  });

  it('says so when no work is fully scored, instead of printing figures', () => {
    const lines = texts(reportBlocks({ statistics: computeStatistics(workRows('1', [['1', 2, 1, '']])), metadata: METADATA }));
    expect(lines).toContain('Полностью оценённых работ нет: статистика не рассчитана.');
    expect(lines).toContain('Доля объективно оценённых работ: недостаточно данных (нет полностью оценённых работ).');
    expect(lines).toContain('Не оценены по всем заданиям и в статистику не вошли: 1 работа.');
  });

  it('quotes identical comments once, with how many experts wrote them, and skips a chart that is not a PNG', () => {
    const comment = { subject: 'математика', grade: 4, task: '2', text: 'Не хватило времени.' };
    const blocks = reportBlocks({
      statistics: computeStatistics(maths),
      metadata: METADATA,
      comments: [
        { ...comment, expert: 'Иванова А. П.' },
        { ...comment, expert: 'Кузнецов Б. В.' },
      ],
      charts: [{ png: new Uint8Array([1, 2, 3]), caption: 'не картинка' }],
    });
    expect(blocks.filter((block) => block.kind === 'quote').map((block) => inlineText((block as { text: string }).text))).toEqual([
      'Не хватило времени. (одинаковый комментарий у 2 экспертов)',
    ]);
    expect(blocks.some((block) => block.kind === 'image')).toBe(false);
    expect(texts(blocks).some((line) => line.includes('не картинка'))).toBe(false);
  });
});
