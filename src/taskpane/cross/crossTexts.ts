/**
 * The cross-check screens' texts, Russian and English, kept beside the screens (issue 10) so that the pane's
 * shared message catalogue is not reshaped while other screens change it; chosen by the pane's language.
 */
import type { Language } from '../i18n';

export interface CrossTexts {
  startButton: string;
  startHint: string;
  title: string;
  intro: string;
  back: string;
  pickProtocol: string;
  reading: string;
  notAProtocol: string;
  tampered: string;
  noForm: string;
  summary: (participants: number, cells: number, sheet: string) => string;
  notInFormTitle: (count: number) => string;
  notInFormBody: string;
  problemsTitle: (count: number) => string;
  /** After the first problem of a kind: the other participants with the same problem. */
  alsoParticipants: (codes: readonly string[]) => string;
  overwriteTitle: (count: number) => string;
  overwriteConfirm: (count: number) => string;
  write: string;
  writing: string;
  written: (cells: number) => string;
  failed: (detail: string) => string;
  commissionButton: string;
  commissionHint: string;
  commissionTitle: string;
  commissionIntro: string;
  pickPackage: string;
  packageReady: (name: string, files: number) => string;
  notAPackage: string;
  fileNotInPackage: (file: string) => string;
  workLine: (file: string, range: string, code: string) => string;
}

const ru: CrossTexts = {
  startButton: 'Перенести результаты перекрёстной проверки',
  startHint: 'Для школы: откройте свою форму сбора результатов ФИС ОКО и выберите протокол проверки, который вернул координатор.',
  title: 'Результаты перекрёстной проверки',
  intro: 'Панель запишет баллы комиссии в открытую форму ФИС ОКО по коду участника и варианту. Меняются только ячейки баллов; перед записью панель покажет, что именно изменится.',
  back: 'Назад',
  pickProtocol: 'Выбрать протокол проверки (.xlsx)',
  reading: 'Читаем протокол и форму…',
  notAProtocol: 'Это не протокол перекрёстной проверки Recheck. Выберите файл «Протокол проверки …xlsx» из пакета, который вернул координатор.',
  tampered: 'Протокол изменён после подготовки (не сходится контрольная сумма: правились файлы или задания). Баллы не перенесены: попросите у координатора исходный протокол.',
  noForm: 'В открытой книге нет формы сбора результатов: не найден лист с заголовками «Код участника» (или «Код»), «Вариант» и заданиями вида «1 (2б)». Откройте форму ФИС ОКО своей школы.',
  summary: (participants, cells, sheet) => `Будет записано: участников — ${participants}, ячеек — ${cells} на листе «${sheet}».`,
  notInFormTitle: (count) => `Кодов нет в форме: ${count}`,
  notInFormBody: 'Эти работы из протокола не найдены в открытой форме (другой класс или ошибка в коде на бланке): они не записываются.',
  problemsTitle: (count) => `Требуют внимания: ${count}`,
  alsoParticipants: (codes) => `То же — у участников: ${codes.join(', ')}.`,
  overwriteTitle: (count) => `В ${count} ячейках уже есть другие значения`,
  overwriteConfirm: (count) => `Перезаписать ${count} ячеек баллами комиссии`,
  write: 'Записать в форму',
  writing: 'Записываем…',
  written: (cells) => `Записано ячеек: ${cells}. Проверьте форму и сохраните книгу.`,
  failed: (detail) => `Не удалось записать: ${detail}`,
  commissionButton: 'Комиссия: проверить работы пакета',
  commissionHint: 'Для проверяющей школы: откройте протокол проверки из пакета и выберите ZIP пакета — панель покажет страницы работы выделенной строки.',
  commissionTitle: 'Проверка работ комиссией',
  commissionIntro: 'Выделите строку на листе «Проверка»: панель откроет файл класса на первой странице этой работы. Если работа занимает другие страницы, исправьте «Первую» и «Последнюю страницу».',
  pickPackage: 'Выбрать ZIP пакета',
  packageReady: (name, files) => `«${name}»: файлов классов — ${files}.`,
  notAPackage: 'В этом ZIP нет папки «Работы» с файлами классов. Выберите пакет перекрёстной проверки, полученный от координатора.',
  fileNotInPackage: (file) => `Файла «${file}» нет в выбранном пакете.`,
  workLine: (file, range, code) => `${file} · стр. ${range || '—'}${code ? ` · код ${code}` : ''}`,
};

const en: CrossTexts = {
  startButton: 'Bring in cross-check results',
  startHint: 'For a school: open your ФИС ОКО results form and choose the check protocol the coordinator returned.',
  title: 'Cross-check results',
  intro: 'The pane writes the commission’s scores into the open ФИС ОКО form by participant code and variant. Only score cells change; before writing, the pane shows what will change.',
  back: 'Back',
  pickProtocol: 'Choose the check protocol (.xlsx)',
  reading: 'Reading the protocol and the form…',
  notAProtocol: 'This is not a Recheck cross-check protocol. Choose the «Протокол проверки …xlsx» file of the package the coordinator returned.',
  tampered: 'The protocol was changed after it was prepared (its checksum does not match: files or tasks were edited). Nothing was written: ask the coordinator for the original protocol.',
  noForm: 'The open workbook has no results form: no sheet with «Код участника» (or «Код»), «Вариант» and task headers like «1 (2б)». Open your school’s ФИС ОКО form.',
  summary: (participants, cells, sheet) => `To be written: ${participants} participants, ${cells} cells on sheet «${sheet}».`,
  notInFormTitle: (count) => `Codes not in the form: ${count}`,
  notInFormBody: 'These works of the protocol are not in the open form (another class, or a mistyped code): they are not written.',
  problemsTitle: (count) => `Need attention: ${count}`,
  alsoParticipants: (codes) => `The same for participants: ${codes.join(', ')}.`,
  overwriteTitle: (count) => `${count} cells already hold other values`,
  overwriteConfirm: (count) => `Overwrite ${count} cells with the commission’s scores`,
  write: 'Write into the form',
  writing: 'Writing…',
  written: (cells) => `Cells written: ${cells}. Check the form and save the workbook.`,
  failed: (detail) => `Could not write: ${detail}`,
  commissionButton: 'Commission: check the package’s works',
  commissionHint: 'For a checking school: open the check protocol of the package and choose the package ZIP; the pane shows the pages of the selected row’s work.',
  commissionTitle: 'Checking the works',
  commissionIntro: 'Select a row on the «Проверка» sheet: the pane opens the classroom file at that work’s first page. If the work takes other pages, correct the first and last page.',
  pickPackage: 'Choose the package ZIP',
  packageReady: (name, files) => `«${name}»: ${files} classroom files.`,
  notAPackage: 'This ZIP has no «Работы» folder of classroom files. Choose the cross-check package the coordinator sent.',
  fileNotInPackage: (file) => `The file «${file}» is not in the chosen package.`,
  workLine: (file, range, code) => `${file} · pages ${range || '—'}${code ? ` · code ${code}` : ''}`,
};

export function crossTexts(language: Language): CrossTexts {
  return language === 'ru' ? ru : en;
}
