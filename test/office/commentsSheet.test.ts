jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

import { commentRowsFromValues } from '../../src/office/excel/commentsSheet';
import { hardestWithoutReason } from '../../src/taskpane/expert/commentHints';

// The Комментарии sheet as a built protocol has it: header, task rows, a blank row, two general rows merged across.
const sheet = [
  ['Вариант', '№ задания', 'Задания, которые вызвали … (отметьте знаком «+»)', 'Возможные причины затруднений'],
  ['1, 2', '1', '', ''],
  ['1, 2', '2', '+', 'Не знают правило'],
  ['1, 2', '3', '+', ''],
  ['1, 2', '4К1', '', 'причина без отметки'],
  [],
  ['Общее мнение эксперта о КИМ и критериях оценивания', 'Общее мнение эксперта о КИМ и критериях оценивания', 'Критерии понятны', ''],
  ['Затруднения, возникшие при проверке (в целом)', 'Затруднения, возникшие при проверке (в целом)', '', ''],
];

describe('the Комментарии live check', () => {
  it('reads the task rows and leaves the header and the general rows out', () => {
    const rows = commentRowsFromValues(sheet, 1);
    expect(rows.map((row) => row.task)).toEqual(['1', '2', '3', '4К1']);
    expect(rows[2]).toEqual({ row: 4, task: '3', hardest: true, reasons: '' });
  });

  it('points out a task marked + without a reason, with the cell to write it in', () => {
    expect(hardestWithoutReason(commentRowsFromValues(sheet, 1))).toEqual([{ row: 4, task: '3', cell: 'Комментарии!D4' }]);
  });

  it('has nothing to say when every + has its reason', () => {
    const fixed = sheet.map((line, index) => (index === 3 ? ['1, 2', '3', '+', 'Путают падежи'] : line));
    expect(hardestWithoutReason(commentRowsFromValues(fixed, 1))).toEqual([]);
  });
});
