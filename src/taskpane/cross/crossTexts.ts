/**
 * The cross-check screens' texts, Russian and English, kept beside the screens (issue 10) so that the pane's
 * shared message catalogue is not reshaped while other screens change it; chosen by the pane's language.
 */
import type { WorkPagesRefusal } from '../../engine';
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
  splitWork: (page: number) => string;
  mergeNext: string;
  splitDone: (first: number, last: number, row: number) => string;
  mergeDone: (first: number, last: number, row: number) => string;
  workPagesRefused: (refusal: WorkPagesRefusal) => string;
  workPagesFailed: (detail: string) => string;
  prepare: CrossPrepareTexts;
}

/** Issue 10, the coordinator's «Перекрёстная проверка: подготовить пакеты». */
export interface CrossPrepareTexts {
  startButton: string;
  startHint: string;
  title: string;
  intro: string;
  formsLabel: string;
  pickForms: string;
  formsChosen: (names: readonly string[]) => string;
  reading: (archive: string, done: number) => string;
  planning: string;
  packing: (done: number, total: number) => string;
  cancel: string;
  cancelled: string;
  failed: (detail: string) => string;
  countsTitle: (files: number) => string;
  countsHint: string;
  school: string;
  classLabel: string;
  pages: string;
  works: string;
  fromLetter: string;
  typed: string;
  unknown: string;
  notMultiple: (pages: number, works: number) => string;
  invalid: string;
  replan: string;
  stale: string;
  routingTitle: string;
  routingHint: string;
  checkedBy: string;
  automatic: string;
  nobody: string;
  routeLine: (cipher: string, works: number) => string;
  seed: string;
  seedHint: string;
  deadline: string;
  prepare: string;
  problemsTitle: (count: number) => string;
  summary: (packages: number, schools: number) => string;
  /** One action: every package and the key. */
  saveAll: (packages: number) => string;
  saving: (saved: number, total: number) => string;
  saved: (total: number) => string;
  keyTitle: string;
  keyWarning: string;
  saveKey: string;
  packageLine: (checker: string, cipher: string, files: number, works: number) => string;
  copyLetter: string;
  copied: string;
  copyFailed: string;
  letterLabel: (fileName: string) => string;
  macTitle: string;
  macBody: string;
  edit: string;
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
  splitWork: (page) => `Разделить работу: новая работа со стр. ${page}`,
  mergeNext: 'Объединить со следующей',
  splitDone: (first, last, row) => `Стр. ${first}–${last} стали отдельной работой в строке ${row}. Впишите её код участника и вариант.`,
  mergeDone: (first, last, row) => `Работа теперь занимает стр. ${first}–${last}; строка ${row} освобождена.`,
  workPagesRefused: (refusal) => {
    switch (refusal.reason) {
      case 'no-pages':
        return 'В выделенной строке нет файла класса или страниц работы: выделите строку работы.';
      case 'split-page-outside':
        return refusal.first === refusal.last
          ? `Работа занимает одну страницу (${refusal.first}): делить нечего.`
          : `Откройте страницу, с которой начинается следующая работа: ${refusal.first + 1}–${refusal.last} (сейчас стр. ${refusal.page}).`;
      case 'no-spare-row':
        return 'Свободных строк в протоколе не осталось: объедините лишние работы или попросите координатора прислать протокол с запасными строками. Ничего не изменено.';
      case 'no-next-work':
        return 'У этой работы нет следующей в том же файле класса (со следующей страницы): объединять не с чем.';
      case 'next-has-data':
        return `В строке ${refusal.row} уже вписаны код, вариант или баллы — объединение их стёрло бы. Очистите их сами, если работа действительно одна. Ничего не изменено.`;
    }
  },
  workPagesFailed: (detail) => `Не удалось изменить протокол: ${detail}`,
  prepare: {
    startButton: 'Перекрёстная проверка: подготовить пакеты',
    startHint: 'Для муниципального координатора: загрузите архивы школ — панель зашифрует школы, предложит, кто кого проверяет, и соберёт пакет каждой проверяющей школе.',
    title: 'Подготовка перекрёстной проверки',
    intro: 'Выберите архивы школ выборки (папка «<школа>_<предмет>_<класс> класс», один PDF на класс). Число работ в классе панель берёт из сопроводительного письма; где письмо не читается, впишите его в таблицу.',
    formsLabel: 'Пустые формы ФИС ОКО (если в архивах теста нет ни одной формы)',
    pickForms: 'Добавить формы (.xlsx)',
    formsChosen: (names) => `Формы: ${names.join(', ')}`,
    reading: (archive, done) => `Читаем «${archive}»: файлов — ${done}`,
    planning: 'Читаем письма и формы, предлагаем маршрут…',
    packing: (done, total) => `Собираем пакеты: ${done} из ${total}`,
    cancel: 'Отменить',
    cancelled: 'Отменено. Ничего не сохранено.',
    failed: (detail) => `Не удалось: ${detail}`,
    countsTitle: (files) => `Файлы классов: ${files}`,
    countsHint: 'Число работ — из письма; впишите его, где пусто или неверно. Вписанное важнее письма и сохраняется при пересчёте.',
    school: 'Школа',
    classLabel: 'Класс',
    pages: 'Стр.',
    works: 'Работ',
    fromLetter: 'из письма',
    typed: 'вписано',
    unknown: 'нет в письме — впишите',
    notMultiple: (pages, works) => `${pages} стр. не делятся на ${works} работ: разбиение будет приблизительным`,
    invalid: 'Нужно целое число больше нуля',
    replan: 'Пересчитать маршрут',
    stale: 'Числа работ или срок изменились: пересчитайте маршрут, чтобы увидеть его с ними.',
    routingTitle: 'Кто кого проверяет',
    routingHint: 'Классы школы уходят одной другой школе с тем же тестом. Чтобы назначить вручную, выберите проверяющую школу: остальные распределятся вокруг неё.',
    checkedBy: 'Проверяет',
    automatic: 'Автоматически',
    nobody: 'некому (в тесте одна школа)',
    routeLine: (cipher, works) => `шифр ${cipher}, работ — ${works}`,
    seed: 'Число для жеребьёвки',
    seedHint: 'Тот же номер — тот же маршрут и те же шифры.',
    deadline: 'Срок возврата протоколов',
    prepare: 'Подготовить пакеты',
    problemsTitle: (count) => `Требуют внимания: ${count}`,
    summary: (packages, schools) => `Готово: пакетов — ${packages}, школ — ${schools}.`,
    saveAll: (packages) => `Сохранить пакеты (${packages}) и ключ`,
    saving: (saved, total) => `Сохраняем: ${saved} из ${total}…`,
    saved: (total) => `Сохранено файлов: ${total}. Проверьте папку загрузок.`,
    keyTitle: 'Ключ',
    keyWarning: 'Ключ связывает шифры со школами: храните его у себя и никому не отправляйте. Без него результаты не вернуть в формы школ.',
    saveKey: 'Сохранить ключ',
    packageLine: (checker, cipher, files, works) => `${checker} (${cipher}): файлов — ${files}, работ — ${works}`,
    copyLetter: 'Скопировать письмо',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную.',
    letterLabel: (fileName) => `Сопроводительное письмо к «${fileName}»`,
    macTitle: 'В Excel для Mac панель не сохраняет ZIP-файлы',
    macBody: 'Подготовьте пакеты в Excel для Windows, в Excel в браузере или командой «recheck cross prepare» — при том же числе для жеребьёвки шифры и маршрут те же.',
    edit: 'Изменить и подготовить заново',
  },
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
  splitWork: (page) => `Split the work: a new work from p. ${page}`,
  mergeNext: 'Merge with the next',
  splitDone: (first, last, row) => `Pages ${first}–${last} became a work of their own in row ${row}. Type its participant code and variant.`,
  mergeDone: (first, last, row) => `The work now takes pages ${first}–${last}; row ${row} is free again.`,
  workPagesRefused: (refusal) => {
    switch (refusal.reason) {
      case 'no-pages':
        return 'The selected row has no classroom file or pages: select a work’s row.';
      case 'split-page-outside':
        return refusal.first === refusal.last
          ? `The work is a single page (${refusal.first}): nothing to split.`
          : `Open the page the next work starts at: ${refusal.first + 1}–${refusal.last} (now p. ${refusal.page}).`;
      case 'no-spare-row':
        return 'The protocol has no spare rows left: merge works that are not separate, or ask the coordinator for a protocol with spare rows. Nothing was changed.';
      case 'no-next-work':
        return 'This work has no next work in the same classroom file (from the following page): nothing to merge with.';
      case 'next-has-data':
        return `Row ${refusal.row} already holds a code, variant or scores — merging would erase them. Clear them yourself if it really is one work. Nothing was changed.`;
    }
  },
  workPagesFailed: (detail) => `Could not change the protocol: ${detail}`,
  prepare: {
    startButton: 'Cross-check: prepare the packages',
    startHint: 'For the municipal coordinator: load the schools’ archives — the pane ciphers the schools, proposes who checks whom and builds a package per checking school.',
    title: 'Preparing the cross-check',
    intro: 'Choose the archives of the sample’s schools (folder «<school>_<subject>_<grade> класс», one PDF per classroom). The number of works per classroom comes from the cover letter; where the letter cannot be read, type it into the table.',
    formsLabel: 'Blank ФИС ОКО forms (when a test’s archives hold none)',
    pickForms: 'Add forms (.xlsx)',
    formsChosen: (names) => `Forms: ${names.join(', ')}`,
    reading: (archive, done) => `Reading «${archive}»: ${done} files`,
    planning: 'Reading the letters and forms, proposing the routing…',
    packing: (done, total) => `Building packages: ${done} of ${total}`,
    cancel: 'Cancel',
    cancelled: 'Cancelled. Nothing was saved.',
    failed: (detail) => `Failed: ${detail}`,
    countsTitle: (files) => `Classroom files: ${files}`,
    countsHint: 'Works come from the letter; type the number where it is empty or wrong. What you type wins over the letter and is kept when the routing is recomputed.',
    school: 'School',
    classLabel: 'Class',
    pages: 'Pages',
    works: 'Works',
    fromLetter: 'from the letter',
    typed: 'typed',
    unknown: 'not in the letter — type it',
    notMultiple: (pages, works) => `${pages} pages do not divide into ${works} works: the split will be approximate`,
    invalid: 'A whole number above zero is needed',
    replan: 'Recompute the routing',
    stale: 'Works or the deadline changed: recompute the routing to see it with them.',
    routingTitle: 'Who checks whom',
    routingHint: 'A school’s classrooms go to one other school of the same test. To pair by hand, choose the checking school: the others are routed around it.',
    checkedBy: 'Checked by',
    automatic: 'Automatic',
    nobody: 'nobody (a single school in the test)',
    routeLine: (cipher, works) => `cipher ${cipher}, ${works} works`,
    seed: 'Draw number',
    seedHint: 'The same number gives the same routing and the same ciphers.',
    deadline: 'Protocols due by',
    prepare: 'Prepare the packages',
    problemsTitle: (count) => `Need attention: ${count}`,
    summary: (packages, schools) => `Done: ${packages} packages, ${schools} schools.`,
    saveAll: (packages) => `Save the packages (${packages}) and the key`,
    saving: (saved, total) => `Saving: ${saved} of ${total}…`,
    saved: (total) => `Files saved: ${total}. Check the downloads folder.`,
    keyTitle: 'Key',
    keyWarning: 'The key links the ciphers to the schools: keep it to yourself and send it to nobody. Without it the results cannot go back into the schools’ forms.',
    saveKey: 'Save the key',
    packageLine: (checker, cipher, files, works) => `${checker} (${cipher}): ${files} files, ${works} works`,
    copyLetter: 'Copy the letter',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    letterLabel: (fileName) => `Cover letter of «${fileName}»`,
    macTitle: 'In Excel for Mac the pane cannot save ZIP files',
    macBody: 'Prepare the packages in Excel for Windows, Excel on the web or with «recheck cross prepare» — the same draw number gives the same ciphers and routing.',
    edit: 'Change and prepare again',
  },
};

export function crossTexts(language: Language): CrossTexts {
  return language === 'ru' ? ru : en;
}
