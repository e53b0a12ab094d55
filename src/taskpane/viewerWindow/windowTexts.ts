/**
 * Texts of the viewer window and of the pane's window and «По заданиям» controls (issue 12), in Russian and
 * English. Kept beside the window rather than in src/taskpane/i18n: the window page loads only what it shows.
 */
import type { Language } from '../i18n';

const ruNumber = new Intl.NumberFormat('ru-RU');
const enNumber = new Intl.NumberFormat('en-GB');

export interface WindowTexts {
  title: string;
  waiting: string;
  noPackage: string;
  workLine: (workCode: string, schoolCode: string, variant: number | null) => string;
  taskLine: (task: string) => string;
  position: (index: number, total: number) => string;
  byTask: string;
  criteria: (number: number) => string;
  variant: (number: number) => string;
  noCriteria: string;
  criteriaAt: (task: string, found: boolean) => string;
  closePanel: string;
  keysHelp: string;
  nextSameTask: string;
  previousSameTask: string;
  // --- the pane's side ---
  open: string;
  opening: string;
  close: string;
  openHint: string;
  unsupported: string;
  failed: (problem: string) => string;
  inWindow: (workCode: string | null, page: number | null, pages: number | null) => string;
  closed: string;
  size: string;
  sizes: { large: string; medium: string; full: string };
  taskMode: string;
  taskModeOn: (task: string, count: number) => string;
  taskModeHint: string;
  leaveTaskMode: string;
  chooseTask: string;
  taskModeFailed: string;
  noSameTask: string;
}

const ru: WindowTexts = {
  title: 'Скан работы — Recheck',
  waiting: 'Выберите строку на листе «Протокол» — здесь появится скан работы.',
  noPackage: 'Пакет не найден на этом компьютере. Выберите пакет в панели надстройки.',
  workLine: (workCode, schoolCode, variant) => `Работа ${workCode} · ${schoolCode}${variant === null ? '' : ` · вариант ${ruNumber.format(variant)}`}`,
  taskLine: (task) => `Задание ${task}`,
  position: (index, total) => `${ruNumber.format(index)} из ${ruNumber.format(total)}`,
  byTask: 'По заданиям',
  criteria: (number) => `Критерии ${ruNumber.format(number)} (K)`,
  variant: (number) => `Вариант ${ruNumber.format(number)} (V)`,
  noCriteria: 'В пакете нет критериев этого варианта.',
  criteriaAt: (task, found) => (found ? `Критерии открыты на странице задания ${task}.` : `Задание ${task} в тексте критериев не найдено: открыта первая страница.`),
  closePanel: 'Закрыть панель (Esc)',
  keysHelp:
    'K — критерии, V — вариант, Esc — закрыть; T и Shift+T — это же задание в следующей и предыдущей работе; N и P — следующая и предыдущая работа; F — страница целиком, 0 — по ширине; Ctrl+колесо, + и − — масштаб; R — повернуть.',
  nextSameTask: 'Это же задание в следующей работе (T)',
  previousSameTask: 'Это же задание в предыдущей работе (Shift+T)',
  open: 'Открыть в отдельном окне',
  opening: 'Открываем окно…',
  close: 'Закрыть окно',
  openHint: 'Скан во весь экран рядом с книгой (можно перенести на второй монитор); баллы по-прежнему вводятся в Excel.',
  unsupported: 'Эта версия Excel не умеет обмениваться сообщениями с отдельным окном (нужен DialogApi 1.2). Скан показывается здесь, в панели.',
  failed: (problem) =>
    problem === 'already-open'
      ? 'Окно надстройки уже открыто: закройте его и повторите.'
      : problem === 'blocked'
        ? 'Excel не открыл окно: всплывающее окно заблокировано. Разрешите его и повторите.'
        : 'Не удалось открыть окно. Скан показывается здесь, в панели.',
  inWindow: (workCode, page, pages) =>
    workCode === null ? 'Окно открыто.' : `В окне: работа ${workCode}${page !== null && pages !== null ? `, страница ${ruNumber.format(page)} из ${ruNumber.format(pages)}` : ''}.`,
  closed: 'Окно закрыто.',
  size: 'Размер окна',
  sizes: { large: 'Большое', medium: 'Среднее', full: 'Во весь экран' },
  taskMode: 'По заданиям',
  taskModeOn: (task, count) => `Показаны только строки задания ${task} (${ruNumber.format(count)}). Порядок строк и значения не меняются.`,
  taskModeHint: 'Одно задание во всех работах подряд — быстрее и ровнее, чем работа за работой.',
  leaveTaskMode: 'Показать все строки',
  chooseTask: 'Задание',
  taskModeFailed: 'Excel не отфильтровал таблицу «Протокол».',
  noSameTask: 'Дальше работ с этим заданием нет.',
};

const en: WindowTexts = {
  title: 'Scan — Recheck',
  waiting: 'Select a row on the «Протокол» sheet: the work’s scan appears here.',
  noPackage: 'The package is not stored on this computer. Choose it in the add-in’s pane.',
  workLine: (workCode, schoolCode, variant) => `Work ${workCode} · ${schoolCode}${variant === null ? '' : ` · variant ${enNumber.format(variant)}`}`,
  taskLine: (task) => `Task ${task}`,
  position: (index, total) => `${enNumber.format(index)} of ${enNumber.format(total)}`,
  byTask: 'Task by task',
  criteria: (number) => `Criteria ${enNumber.format(number)} (K)`,
  variant: (number) => `Variant ${enNumber.format(number)} (V)`,
  noCriteria: 'The package has no criteria for this variant.',
  criteriaAt: (task, found) => (found ? `Criteria opened at task ${task}.` : `Task ${task} was not found in the criteria’s text: opened at the first page.`),
  closePanel: 'Close the panel (Esc)',
  keysHelp:
    'K — criteria, V — variant, Esc — close; T and Shift+T — the same task in the next and previous work; N and P — next and previous work; F — whole page, 0 — fit width; Ctrl+wheel, + and − — zoom; R — rotate.',
  nextSameTask: 'Same task, next work (T)',
  previousSameTask: 'Same task, previous work (Shift+T)',
  open: 'Open in a separate window',
  opening: 'Opening the window…',
  close: 'Close the window',
  openHint: 'The scan across the screen beside the workbook (a second monitor too); scores are still typed in Excel.',
  unsupported: 'This Excel cannot exchange messages with a separate window (DialogApi 1.2 is needed). The scan is shown here in the pane.',
  failed: (problem) =>
    problem === 'already-open'
      ? 'A window of the add-in is already open: close it and try again.'
      : problem === 'blocked'
        ? 'Excel did not open the window: the pop-up was blocked. Allow it and try again.'
        : 'The window did not open. The scan is shown here in the pane.',
  inWindow: (workCode, page, pages) =>
    workCode === null ? 'The window is open.' : `In the window: work ${workCode}${page !== null && pages !== null ? `, page ${enNumber.format(page)} of ${enNumber.format(pages)}` : ''}.`,
  closed: 'The window is closed.',
  size: 'Window size',
  sizes: { large: 'Large', medium: 'Medium', full: 'Full screen' },
  taskMode: 'Task by task',
  taskModeOn: (task, count) => `Only the rows of task ${task} are shown (${enNumber.format(count)}). Row order and values are unchanged.`,
  taskModeHint: 'One task across all works in a row: faster and more consistent than work by work.',
  leaveTaskMode: 'Show all rows',
  chooseTask: 'Task',
  taskModeFailed: 'Excel did not filter the «Протокол» table.',
  noSameTask: 'No further works with this task.',
};

export function windowTextsFor(language: Language): WindowTexts {
  return language === 'ru' ? ru : en;
}
