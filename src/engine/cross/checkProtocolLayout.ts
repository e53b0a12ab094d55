/**
 * Where everything sits in the cross-check's check protocol (a row per work, a column per task): the builder,
 * the reader and the add-in locate cells from here. Formulas are the sheet's own rules, so the workbook
 * checks itself in Excel or LibreOffice without the add-in.
 */
import { columnLetters } from '../columnLetters';
import { noAnswerFormula, type Task } from '../scores';

export const CHECK_PROTOCOL_MARKER = 'recheck-cross-protocol';
export const CHECK_PROTOCOL_VERSION = 1;

export const CHECK_SHEETS = Object.freeze({
  check: 'Проверка',
  files: 'Файлы',
  /** veryHidden, never the first sheet. */
  meta: 'recheck',
});

/** The fixed columns of `Проверка`, in order; task columns follow, then the total. */
export const CHECK_COLUMNS = Object.freeze({
  file: { letter: 'A', header: 'Файл класса', width: 22 },
  first: { letter: 'B', header: 'Первая страница', width: 10 },
  last: { letter: 'C', header: 'Последняя страница', width: 11 },
  code: { letter: 'D', header: 'Код участника', width: 12 },
  variant: { letter: 'E', header: 'Вариант', width: 9 },
});
export const FIRST_TASK_COLUMN = 6;
export const TOTAL_HEADER = 'Итого баллов';

/** Columns of `Файлы`: every classroom file of the package, its pages and the works the school declared. */
export const FILE_COLUMNS = Object.freeze({
  file: { letter: 'A', header: 'Файл класса' },
  pages: { letter: 'B', header: 'Страниц' },
  works: { letter: 'C', header: 'Работ (по письму школы)' },
  cipher: { letter: 'D', header: 'Шифр школы' },
  class: { letter: 'E', header: 'Класс' },
});

export const CHECK_META_KEYS = Object.freeze({
  format: 'format',
  formatVersion: 'formatVersion',
  packageId: 'packageId',
  checker: 'checker',
  subject: 'subject',
  grade: 'grade',
  createdAt: 'createdAt',
  deadline: 'deadline',
  checksum: 'checksum',
  signature: 'signature',
  algorithm: 'algorithm',
});

/** The task header as the ФИС ОКО form writes it, read back by the same grammar: `4К1 (3б)`. */
export function taskHeader(task: Task): string {
  return `${task.task} (${task.max}б)`;
}

export function taskLetter(index: number): string {
  return columnLetters(FIRST_TASK_COLUMN + index);
}

/** Spare rows after the proposed works, for a work the commission splits off. */
export const SPARE_ROWS = 10;

function filePages(row: number, lastFileRow: number): string {
  return `IFERROR(VLOOKUP($A${row},'${CHECK_SHEETS.files}'!$A$2:$B$${lastFileRow},2,FALSE),0)`;
}

/** Validation and formatting formulas, relative to the first data row. */
export function checkFormulas(first: number, last: number, lastFileRow: number, tasks: readonly Task[]) {
  const lastTask = taskLetter(Math.max(0, tasks.length - 1));
  const firstTask = taskLetter(0);
  const overlaps = `COUNTIFS($A$${first}:$A$${last},$A${first},$B$${first}:$B$${last},"<="&$C${first},$C$${first}:$C$${last},">="&$B${first})`;
  return {
    firstPage: `AND(ISNUMBER(B${first}),B${first}=INT(B${first}),B${first}>=1,B${first}<=${filePages(first, lastFileRow)})`,
    lastPage: `AND(ISNUMBER(C${first}),C${first}=INT(C${first}),C${first}>=$B${first},C${first}<=${filePages(first, lastFileRow)},${overlaps}<=1)`,
    code: `AND(LEN(D${first})>=4,LEN(D${first})<=6,ISNUMBER(-D${first}),ISERROR(FIND("-",D${first})),ISERROR(FIND(".",D${first})),ISERROR(FIND(",",D${first})),ISERROR(SEARCH("e",D${first})))`,
    score: (letter: string, max: number) =>
      `IF(ISNUMBER(${letter}${first}),AND(${letter}${first}>=0,${letter}${first}<=${max},${letter}${first}=INT(${letter}${first})),${noAnswerFormula(`${letter}${first}`)})`,
    /** A work begun (a code or a score) with this cell still empty. */
    missingScore: `AND(OR($D${first}<>"",COUNTA($${firstTask}${first}:$${lastTask}${first})>0),${firstTask}${first}="")`,
    missingCode: `AND($D${first}="",COUNTA($${firstTask}${first}:$${lastTask}${first})>0)`,
    missingVariant: `AND(OR($D${first}<>"",COUNTA($${firstTask}${first}:$${lastTask}${first})>0),$E${first}="")`,
    badPages: `AND($A${first}<>"",OR(NOT(ISNUMBER($B${first})),NOT(ISNUMBER($C${first})),$B${first}<1,$C${first}<$B${first},$C${first}>${filePages(first, lastFileRow)},${overlaps}>1))`,
    total: (row: number) => `IF(COUNTA(${firstTask}${row}:${lastTask}${row})=0,"",SUM(${firstTask}${row}:${lastTask}${row}))`,
  };
}

/** The proposed split of a classroom file into works: equal runs of pages, the remainder spread over the first works. */
export function proposeSplit(pages: number, works: number | null): { first: number; last: number }[] {
  if (works === null || works <= 0) return [{ first: 1, last: pages }];
  const count = Math.min(works, Math.max(1, pages));
  const base = Math.floor(pages / count);
  const extra = pages - base * count;
  const ranges: { first: number; last: number }[] = [];
  let next = 1;
  for (let i = 0; i < count; i += 1) {
    const size = base + (i < extra ? 1 : 0);
    ranges.push({ first: next, last: next + size - 1 });
    next += size;
  }
  return ranges;
}
