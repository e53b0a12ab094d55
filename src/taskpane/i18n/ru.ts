import boot from './boot.json';
import { counted, russianDate } from '../../engine';
import type { AnalystMessages, Messages } from './messages';
import { pluralRu } from './plural';

const number = new Intl.NumberFormat('ru-RU');
const n = (value: number): string => number.format(value);

/** Bytes as a person reads them: `12,3 МБ`. */
function bytesRu(bytes: number): string {
  const units = ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

const expertRu: Messages['expert'] = {
  title: 'Протокол эксперта',
  packageLine: (packageId, subject, grade) => `Пакет ${packageId}${subject ? ` · ${subject}` : ''}${grade ? `, ${grade} класс` : ''}`,
  deadline: (date) => `Срок сдачи протокола: ${russianDate(date)}`,
  reading: 'Читаем протокол…',
  excelProblems: {
    'not-in-excel': () => 'Панель открыта не в Excel: книга-протокол недоступна. Откройте протокол в Excel и запустите «Перепроверку» там.',
    'missing-requirements': ({ missing }) =>
      `Эта версия Excel не поддерживает нужные возможности (${(missing ?? []).join(', ')}). Нужен Microsoft 365 или Office 2021 и новее.`,
    'not-a-protocol': () => 'Эта книга — не протокол перепроверки: в ней нет служебного листа пакета.',
    'wrong-version': ({ version }) =>
      `Протокол создан в другой версии Recheck (формат ${version ?? '?'}). Обновите надстройку или попросите координатора выдать протокол заново.`,
    'no-protocol-sheet': ({ sheet }) =>
      `В книге нет листа «${sheet ?? 'Протокол'}»: он переименован или удалён. Верните исходное имя листа или попросите координатора выдать протокол заново.`,
    'not-on-protocol-sheet': ({ sheet }) => `Активная ячейка не на листе «${sheet ?? 'Протокол'}». Перейдите на этот лист и выберите ячейку в строке работы.`,
    'outside-grid': () => 'Активная ячейка вне таблицы работ. Выберите ячейку в строке с заданием работы.',
    'cell-edit-mode': () => 'Excel ждёт окончания ввода в ячейку. Нажмите Enter или Esc и повторите.',
    'sheet-protected': ({ sheet }) =>
      `Лист «${sheet ?? ''}» защищён паролем, и панель не может сделать отметку. Снимите защиту этого листа или попросите координатора выдать протокол заново.`,
    'sheet-name-taken': ({ sheet }) =>
      `В книге уже есть свой лист «${sheet ?? ''}», его панель не трогает. Переименуйте этот лист (или сведите в другой книге) и повторите.`,
    'too-large': () => 'Слишком большой запрос к Excel. Повторите; если не поможет, сохраните книгу и откройте её снова.',
    'excel-error': ({ detail }) => `Excel не выполнил действие${detail ? `: ${detail}` : ''}. Повторите; если не поможет, сохраните книгу и откройте её снова.`,
  },
  retry: 'Повторить',
  workbook: {
    failedTitle: 'Не удалось прочитать книгу',
    continueWithout: 'Работать без протокола',
  },
  package: {
    title: 'Пакет работ',
    intro: 'Выберите ZIP-архив пакета, полученный от координатора. Это нужно сделать один раз: пакет сохранится на этом компьютере, и завтра работы откроются сами.',
    choose: 'Выбрать пакет (ZIP)…',
    dropHint: 'или перетащите ZIP-архив сюда',
    dropActive: 'Отпустите, чтобы открыть пакет',
    opening: 'Открываем пакет…',
    ready: (fileName, works) => `«${fileName}»: ${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')}`,
    fromStorage: 'Пакет сохранён на этом компьютере.',
    notZip: (fileName) => `«${fileName}» — не ZIP-архив или архив повреждён. Выберите ZIP-архив пакета, присланный координатором.`,
    notPackage: (fileName) => `В «${fileName}» нет протокола пакета — это не пакет эксперта. Выберите ZIP-архив, присланный координатором.`,
    wrongPackage: (fileName, found, expected) =>
      `«${fileName}» — пакет ${found}, а открыт протокол пакета ${expected}. Выберите архив своего пакета (в нём лежит «Протокол ${expected}.xlsx»).`,
    notSavedQuota: 'Пакет открыт, но не сохранён: на диске не хватает места для данных браузера. Освободите место или удалите сохранённые пакеты ниже — иначе завтра пакет придётся выбрать снова.',
    notSaved: (detail) => `Пакет открыт, но не сохранён на этом компьютере${detail ? ` (${detail})` : ''}. Завтра его придётся выбрать снова.`,
    storageUnavailable: 'Сохранённые пакеты недоступны (хранилище браузера отключено). Пакет придётся выбирать при каждом открытии.',
    replace: 'Выбрать другой пакет…',
  },
  storage: {
    title: 'Хранилище',
    usage: (used, quota) => `Занято на этом компьютере: ${bytesRu(used)}${quota > 0 ? ` из доступных ${bytesRu(quota)}` : ''}.`,
    unknown: 'Браузер не сообщает, сколько места занято.',
    clear: 'Удалить сохранённые пакеты',
    cleared: (packages) => `Удалено пакетов: ${n(packages)}. Чтобы снова видеть работы, выберите пакет.`,
    clearFailed: 'Не удалось удалить сохранённые пакеты. Закройте другие окна Excel и повторите.',
  },
  work: {
    title: 'Работа',
    noRow: 'Выберите ячейку в строке работы на листе «Протокол» — здесь появится скан.',
    showCurrentRow: 'Показать работу текущей строки',
    showCurrentRowHint: 'Если скан не сменился при выборе ячейки, нажмите эту кнопку.',
    rowLine: (task, max) => `Задание ${task} (макс. ${n(max)})`,
    workLine: (schoolCode, workCode, variant) => `Работа ${workCode} · ${schoolCode} · вариант ${n(variant)}`,
    position: (index, total) => `${n(index)} из ${n(total)}`,
    previous: 'Предыдущая работа',
    next: 'Следующая работа',
    noPackage: 'Скан появится, когда будет выбран пакет.',
    scanMissing: (key) => `В пакете нет скана работы ${key}. Сообщите координатору.`,
    scanUnreadable: 'Скан не читается из пакета: архив повреждён. Выберите пакет заново.',
    materialsTitle: 'Материалы',
    material: (kind, number) => `${kind === 'variant' ? 'Вариант' : 'Критерии'} ${n(number)}`,
    materialNotPdf: (path) => `«${path}» — не PDF: откройте его из ZIP-архива.`,
    showingMaterial: (label) => `Открыто: ${label}`,
    backToWork: 'Вернуться к работе',
  },
  attention: {
    title: (count) => `Требуют внимания: ${n(count)}`,
    clean: 'Замечаний нет: все баллы выставлены, коды ошибок — там, где баллы расходятся.',
    progress: (scored, total) => `Баллы выставлены: ${n(scored)} из ${n(total)}`,
    item: (workCode, schoolCode, task) => `${workCode} (${schoolCode}), задание ${task}`,
    goTo: (cell) => `Перейти к ячейке ${cell}`,
    summary: (count) => `Нужно исправить: ${n(count)} ${pluralRu(count, 'ячейка', 'ячейки', 'ячеек')}.`,
    toList: 'К списку',
    thisRow: 'В этой строке',
    commentHintsTitle: 'Подсказка по листу «Комментарии»',
    commentHint: (task, cell) => `Задание ${task} отмечено «+», но причина затруднений не описана (${cell}). Это не мешает завершить протокол.`,
  },
  finish: {
    title: 'Завершение',
    check: 'Проверить протокол',
    checking: 'Проверяем…',
    checkedClean: (rows, works) =>
      `Протокол заполнен: ${n(rows)} ${pluralRu(rows, 'строка', 'строки', 'строк')}, ${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')}, замечаний нет.`,
    checkedProblems: (count) => `Замечаний: ${n(count)} — они в списке выше; нажмите на строку, чтобы перейти к ячейке.`,
    checksumNote:
      'Контрольную сумму и подпись протокола панель проверить не может: Excel не отдаёт надстройке файл книги целиком. Их проверит координатор (recheck check), когда получит файл.',
    finish: 'Завершить',
    finishing: 'Записываем…',
    finishHint: 'Кнопка станет доступна, когда замечаний не останется.',
    finished: (when) => `Протокол завершён ${when}. Отметка записана в книгу.`,
    nextStepsTitle: 'Что дальше',
    nextSteps: [
      'Сохраните книгу (Ctrl+S): отметка о завершении хранится в файле.',
      'Распечатайте лист «Протокол» (Файл → Печать): печать уже настроена — альбомный лист, по ширине страницы, место для подписи внизу. Подпишите распечатку.',
      'Отправьте координатору файл протокола (.xlsx) и скан подписанной распечатки.',
    ],
    completionCleared: (when) =>
      `Протокол изменён после завершения (${when}): отметка о завершении снята. Проверьте протокол и нажмите «Завершить» снова — будет записано новое время.`,
  },
  demo: {
    button: 'Открыть пример',
    hint: 'Демонстрационный протокол с несколькими работами откроется в новой книге — без настоящих данных.',
    opening: 'Открываем пример…',
    opened: 'Пример открыт в новой книге. В её окне нажмите «Перепроверка» на вкладке «Главная» — работы уже загружены.',
    failed: (reason) => `Не удалось открыть пример: ${reason}`,
  },
};


const analystRu: AnalystMessages = {
  title: 'Сведение протоколов',
  back: 'На главную',
  intro: 'Выберите вернувшиеся протоколы экспертов и ключ перепроверки. Панель сведёт их в этой книге: листы «Свод», «Журнал», «Статистика», «Комментарии», «Справка» и «Диаграммы». Ваши собственные листы панель не трогает.',
  outsideExcel: 'Панель открыта вне Excel: сведение покажет итоги здесь, но записать листы некуда.',
  protocolsTitle: 'Протоколы экспертов',
  protocolsHint: 'Файлы .xlsx, папки с ними или ZIP-архивы — как эксперты прислали их почтой. Пришли ещё протоколы — добавьте их и сведите заново: листы обновятся без повторов.',
  chooseProtocols: 'Выбрать файлы…',
  chooseFolder: 'Выбрать папку…',
  dropHint: 'или перетащите файлы сюда',
  dropActive: 'Отпустите, чтобы добавить протоколы',
  protocolsChosen: (count) => `Выбрано: ${counted(count, ['файл', 'файла', 'файлов'])}`,
  clearProtocols: 'Очистить список',
  removeFile: (name) => `Убрать ${name}`,
  skipped: (names) => `Не протоколы и не ZIP, пропущены: ${names.join(', ')}`,
  keyTitle: 'Ключ перепроверки',
  keyHint: 'Книга «Ключ перепроверки.xlsx», которую сохранил координатор при подготовке пакетов.',
  chooseKey: 'Выбрать ключ…',
  replaceKey: 'Заменить ключ…',
  scalesTitle: 'Шкалы перевода в отметки (необязательно)',
  scalesHint: 'Таблица .xlsx или .csv: предмет, класс, минимальные баллы «3», «4», «5» и максимум. Без неё объективность судится по совпадению сумм баллов.',
  chooseScales: 'Выбрать шкалы…',
  removeScales: 'Без шкал',
  headerTitle: 'Шапка справки',
  regionLabel: 'Регион',
  centreLabel: 'Организация',
  periodLabel: 'Период проведения',
  start: 'Свести протоколы',
  again: 'Свести заново',
  needProtocols: 'Выберите хотя бы один протокол.',
  needKey: 'Выберите ключ перепроверки.',
  starting: 'Читаем ключ…',
  progress: (done, given) => `Прочитано протоколов: ${n(done)} (выбрано файлов: ${n(given)})`,
  cancel: 'Отмена',
  cancelled: 'Сведение отменено. Книга не изменена.',
  failed: (reason) => `Сведение не удалось: ${reason}`,
  keyUnreadable: (problem, detail) =>
    problem === 'newer-key'
      ? 'Ключ создан более новой версией Recheck. Обновите надстройку.'
      : `Это не ключ перепроверки Recheck или он не читается${detail ? ` (${detail})` : ''}. Выберите «Ключ перепроверки.xlsx» координатора.`,
  writing: 'Записываем листы и диаграммы в книгу…',
  written: (sheets, charts) => `В книгу записаны листы ${sheets.map((sheet) => `«${sheet}»`).join(', ')} и ${counted(charts, ['диаграмма', 'диаграммы', 'диаграмм'])} Excel.`,
  replaced: 'Прежняя сводка заменена новой: строк-повторов нет.',
  notWritten: 'Листы в книгу не записаны.',
  resultTitle: 'Итоги',
  files: (files, kept, works, rows) =>
    `Файлов: ${n(files)}, сведено протоколов: ${n(kept)}. В статистике ${counted(works, ['работа', 'работы', 'работ'])}, сведено ${counted(rows, ['строка', 'строки', 'строк'])}.`,
  headline: (test, works, changed, objective, target) => `${test}: работ ${n(works)}, изменено ${n(changed)}, объективно оценено ${objective} (цель ${target})`,
  unscored: (count) => `Не оценены полностью и в статистику не вошли: ${counted(count, ['работа', 'работы', 'работ'])}.`,
  flaggedTitle: (count) => `Школы, требующие внимания: ${n(count)}`,
  noFlagged: 'Школ, требующих внимания, нет.',
  dataProblems: (count) => `Проблемы данных: ${n(count)} — см. лист «Журнал» и «Статистика».`,
  journalTitle: 'Журнал файлов',
  stateCounts: (state, count) => `${state}: ${n(count)}`,
  saveReport: 'Сохранить справку (.docx)',
  savingReport: 'Собираем справку с диаграммами…',
  reportSaved: 'Справка сохранена в папку загрузок.',
  reportWithoutCharts: (reason) => `Диаграммы в справку не вошли: ${reason}`,
  macCannotSave: 'В Excel для Mac панель не сохраняет файлы. Справку можно сохранить в Excel для Windows или в браузере, или командой «recheck merge --report».',
};

/** Issue 9: «Вернуть протоколы» on the analyst's result screen. */
const analystReturnRu: Messages['analystReturn'] = {
  title: 'Возврат протоколов',
  intro:
    'Каждый муниципалитет получит ZIP-архив: книги своих школ (что изменил эксперт и почему, без имён экспертов), сводку по муниципалитету и сопроводительное письмо со сроком отчёта — 10 рабочих дней после получения, по производственному календарю.',
  receivedLabel: 'Дата получения протоколов муниципалитетами',
  receivedHint: 'От неё считаются 10 рабочих дней на отчёт.',
  periodEndLabel: 'Последний день периода проведения ВПР (необязательно)',
  periodEndHint: 'Перепроверка завершается не позднее 60 календарных дней после него; если срок прошёл, панель скажет об этом.',
  start: 'Вернуть протоколы',
  again: 'Вернуть протоколы заново',
  needReceived: 'Укажите дату получения протоколов.',
  starting: 'Читаем ключ…',
  progress: (stage, done, total) =>
    stage === 'merge' ? `Читаем протоколы: ${n(done)} из ${n(total)}` : `Книги школ: ${n(done)} из ${n(total)}`,
  cancel: 'Отмена',
  cancelled: 'Возврат отменён: архивы не собраны.',
  failed: (reason) => `Возврат протоколов не удался: ${reason}`,
  summary: (municipalities, schools) =>
    `Готово: ${counted(municipalities, ['архив муниципалитета', 'архива муниципалитетов', 'архивов муниципалитетов'])}, ${counted(schools, ['книга школы', 'книги школ', 'книг школ'])}.`,
  nothing: 'Возвращать нечего: в сведённых протоколах нет ни одной работы.',
  deadline: (date) => `Отчёт о причинах — не позднее ${russianDate(date)}`,
  schoolLine: (school, schoolCode, subject, grade) => `${school} (${schoolCode}), ${subject}, ${grade} класс`,
  worksLine: (works, changed) => `работ ${n(works)}, изменено ${n(changed)}`,
  flagged: 'требует внимания',
  saveAll: (count) => `Сохранить все архивы (${n(count)})`,
  saving: (saved, total) => `Сохраняется ${n(saved)} из ${n(total)}…`,
  saved: (total) => `Сохранено архивов: ${n(total)}. Они в папке загрузок.`,
  saveAllHint: 'Если браузер или Excel спросит, можно ли скачать несколько файлов, — разрешите.',
  saveOne: (fileName) => `Сохранить ${fileName}`,
  macTitle: 'В Excel для Mac панель не сохраняет ZIP-файлы',
  macBody:
    'Архивы муниципалитетов отсюда не сохранить. Верните протоколы в Excel для Windows или в Excel в браузере, либо командой «recheck return». Список ниже показывает, что получит каждый муниципалитет.',
  problemsTitle: (count) => `Замечания: ${n(count)}`,
};

/** Issue 11: «Подготовить третью проверку» on the analyst's result screen. */
const thirdCheckRu: Messages['thirdCheck'] = {
  title: 'Третья проверка',
  intro: (works) =>
    `Баллы двух экспертов существенно расходятся: ${counted(works, ['работа', 'работы', 'работ'])}. Такую работу проверяет третий эксперт, он видит оба прежних балла, и его балл — итоговый.`,
  packagesHint: 'Выберите ZIP-пакеты экспертов первого и второго туров, сохранённые при подготовке: из них берутся сканы работ.',
  choosePackages: 'Выбрать пакеты (ZIP)…',
  packagesChosen: (count) => `Выбрано: ${counted(count, ['пакет', 'пакета', 'пакетов'])}`,
  deadlineLabel: 'Срок сдачи протоколов третьей проверки (необязательно)',
  start: 'Подготовить третью проверку',
  again: 'Подготовить заново',
  needPackages: 'Выберите ZIP-пакеты прошлых туров.',
  starting: 'Читаем ключ…',
  progress: (done) => `Прочитано протоколов: ${n(done)}`,
  cancel: 'Отмена',
  cancelled: 'Подготовка третьей проверки отменена: пакеты не собраны.',
  failed: (reason) => `Третью проверку подготовить не удалось: ${reason}`,
  summary: (works, packages) =>
    `Третьему эксперту: ${counted(works, ['работа', 'работы', 'работ'])} в ${counted(packages, ['пакете', 'пакетах', 'пакетах'])}.`,
  nothingToSend: 'Новых работ для третьей проверки нет: ключ уже назначает им третьего эксперта.',
  workLine: (schoolCode, workCode, subject, grade) => `${schoolCode}, работа ${workCode} (${subject}, ${grade} класс)`,
  totals: (totals) => `Баллы экспертов: ${totals.map(n).join(' и ')}`,
  thirdExpert: (name) => `Третий эксперт: ${name}`,
  saveAll: (count) => `Сохранить пакеты и ключ (${n(count)})`,
  saving: (saved, total) => `Сохраняется ${n(saved)} из ${n(total)}…`,
  saved: (total) => `Сохранено файлов: ${n(total)}. Они в папке загрузок.`,
  saveAllHint: 'Если браузер или Excel спросит, можно ли скачать несколько файлов, — разрешите.',
  keyWarningTitle: 'Новый ключ храните только у себя',
  keyWarning:
    'В новом ключе — пакеты третьего тура. Замените им прежний ключ: без него протоколы третьей проверки не свести. Ключ раскрывает школы за кодами ОО и подписывает протоколы: не отправляйте его экспертам и школам.',
  macTitle: 'В Excel для Mac панель не сохраняет ZIP-файлы',
  macBody: 'Пакеты третьей проверки отсюда не сохранить. Подготовьте их в Excel для Windows или в Excel в браузере, либо командой «recheck adjudicate».',
  problemsTitle: (count) => `Замечания: ${n(count)}`,
};

export const ru: Messages = {
  language: 'ru',
  expert: expertRu,
  productName: boot.ru.productName,
  loading: boot.ru.loading,
  viewer: {
    region: (label) => `Скан работы ${label}`,
    noWork: 'Работа не выбрана: выберите строку протокола, и здесь появится скан работы.',
    loading: 'Открываем скан…',
    previousWork: 'Предыдущая работа',
    nextWork: 'Следующая работа',
    previousPage: 'Предыдущая страница',
    nextPage: 'Следующая страница',
    pageCounter: (page, pages) => `${n(page)} / ${n(pages)}`,
    pageOf: (page, pages) => `Страница ${n(page)} из ${n(pages)}`,
    workPages: (first, last, pages) => `стр. ${first === last ? n(first) : `${n(first)}–${n(last)}`} из ${n(pages)}`,
    inWork: 'страница работы',
    thumbnails: 'Страницы работы',
    zoomIn: 'Крупнее (+)',
    zoomOut: 'Мельче (−)',
    fitWidth: 'По ширине (0)',
    fitPage: 'Страница целиком (F)',
    zoomLevel: (percent) => `${n(percent)} %`,
    rotate: 'Повернуть на 90° (R)',
    keys: 'Клавиши',
    keysHelp:
      'PgUp/PgDn или ←/→ — страницы, Home/End — первая и последняя; + и − — масштаб, 0 — по ширине; R — повернуть (Shift+R — обратно); N и P (или Shift+PgDn/PgUp) — следующая и предыдущая работа.',
    problem: (problem) => {
      switch (problem.problem) {
        case 'scan-empty':
          return 'Скан не открывается: файл пустой, сообщите координатору.';
        case 'scan-damaged':
          return 'Скан не открывается: файл повреждён или это не PDF, сообщите координатору.';
        case 'scan-password':
          return 'Скан не открывается: файл защищён паролем, сообщите координатору.';
        case 'page-failed':
          return `Скан не открывается: страница ${n(problem.page)} повреждена, сообщите координатору.`;
        case 'viewer-unavailable':
          return 'Просмотр сканов не запустился. Закройте и снова откройте панель; если не поможет, сообщите координатору.';
      }
    },
    detail: (detail) => `Подробности: ${detail}`,
  },
  unsupported: {
    title: boot.ru.unsupportedTitle,
    body: boot.ru.unsupportedBody,
    detected: (hostName, highest) =>
      highest ? `Сейчас: ${hostName}, поддерживается ExcelApi до ${highest}; нужна 1.8 или новее.` : `Сейчас: ${hostName}, ExcelApi 1.8 не поддерживается.`,
  },
  start: {
    intro:
      'Независимая перепроверка всероссийских проверочных работ (ВПР) прямо в Excel: эксперты заново оценивают работы школ по критериям, а панель сравнивает их баллы с баллами школы.',
    roles: {
      coordinator: 'Координатор загружает архивы сканов работ и протоколы школ и готовит обезличенные пакеты для экспертов.',
      expert: 'Эксперт выставляет баллы и коды ошибок, глядя на скан работы рядом с протоколом.',
      analyst: 'Аналитик объединяет протоколы экспертов и получает статистику по школам и заданиям.',
    },
    localOnly: 'Все данные остаются на этом компьютере: панель ничего не отправляет в интернет.',
    outsideExcel: 'Открыто вне Excel: работать с книгами нельзя, но архивы работ проверить можно.',
    nextTitle: 'С чего начать',
    loadArchives: 'Загрузить архивы работ',
    loadArchivesHint: 'Для координатора: ZIP-архивы муниципалитетов с папками школ — сканы работ и протоколы школ.',
    otherRolesTitle: 'Другие роли',
    expertNext: 'Эксперт: откройте книгу-протокол из пакета — панель узнает её сама.',
    analystNext: 'Аналитик: откройте книгу, в которую свести итоги (можно пустую), и нажмите «Свести протоколы».',
    otherRolesLater: 'Проверить заполненный протокол эксперта уже сейчас можно командой «recheck check».',
    mergeProtocols: 'Свести протоколы',
    mergeProtocolsHint: 'Для аналитика: вернувшиеся протоколы экспертов и ключ — в статистику, диаграммы и справку в этой книге.',
  },
  analyst: analystRu,
  analystReturn: analystReturnRu,
  thirdCheck: thirdCheckRu,
  archives: {
    title: 'Архивы работ',
    back: 'На главную',
    intro: 'Выберите ZIP-архивы муниципалитетов (можно несколько) или перетащите их на панель. Архивы читаются только на этом компьютере.',
    passwordLabel: 'Пароль к архивам (если есть)',
    passwordHint: 'Один пароль для всех выбранных архивов.',
    choose: 'Выбрать архивы…',
    dropHint: 'или перетащите ZIP-файлы сюда',
    dropActive: 'Отпустите, чтобы загрузить архивы',
    skippedNotZip: (names) => `Не ZIP-архив, не загружено: ${names.join(', ')}. Упакуйте файлы в ZIP.`,
    selected: (names) => `${pluralRu(names.length, 'Архив', 'Архивы', 'Архивы')}: ${names.join(', ')}`,
    progress: (archive, done, total) =>
      total === undefined ? `«${archive}»: просмотрено файлов — ${n(done)}` : `«${archive}»: просмотрено ${n(done)} из ${n(total)} файлов`,
    starting: 'Открываем архивы…',
    cancel: 'Отмена',
    cancelled: 'Разбор архивов отменён. Выберите архивы, чтобы начать заново.',
    showArchives: (count) => `Показать ${pluralRu(count, 'архив', 'архивы', 'архивы')} (${n(count)})`,
    hideArchives: 'Скрыть список архивов',
    failedTitle: 'Не удалось разобрать архивы',
    retry: 'Повторить',
    loadOther: 'Загрузить другие архивы',
    summary: (works, pages, schools) =>
      `${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')}, ${n(pages)} ${pluralRu(pages, 'страница', 'страницы', 'страниц')} — ${n(schools)} ${pluralRu(schools, 'папка', 'папки', 'папок')} школ`,
    noWorks: 'В архивах не найдено ни одной работы. Посмотрите список проблем ниже.',
    schoolsTitle: 'Школы',
    classLine: (subject, grade) => `${subject}, ${grade} класс`,
    worksLine: (works, pages) =>
      `${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')} · ${n(pages)} ${pluralRu(pages, 'страница', 'страницы', 'страниц')}`,
    classroomScansLine: (scans, pages) =>
      `${n(scans)} ${pluralRu(scans, 'скан класса', 'скана классов', 'сканов классов')} · ${n(pages)} ${pluralRu(pages, 'страница', 'страницы', 'страниц')}`,
    documentKinds: {
      'score-sheet': 'протокол школы',
      variant: 'варианты (КИМ)',
      criteria: 'критерии',
      'cover-letter': 'сопроводительное письмо',
      document: 'другие документы',
    },
    documentCount: (label, count) => (count === 1 ? label : `${label} (${n(count)})`),
    noScoreSheet: 'протокол школы не найден',
    passwordProblemsHint: 'Есть архивы с паролем. Введите пароль выше и нажмите «Разобрать снова».',
    reindex: 'Разобрать снова',
  },
  prepare: {
    nextStep: 'Далее: пакеты для экспертов',
    nextStepHint: 'Добавьте недостающие протоколы школ и список экспертов — панель распределит работы и соберёт обезличенные пакеты.',
    title: 'Пакеты для экспертов',
    back: 'К архивам',
    bank: (works, archives) =>
      `${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')} из ${pluralRu(archives.length, 'архива', 'архивов', 'архивов')} ${archives.map((name) => `«${name}»`).join(', ')}`,
    sheetsTitle: 'Протоколы школ, присланные отдельно',
    sheetsHint: 'Необязательно. Файл .xlsx называйте как папку школы: «<школа>, <предмет>, <класс> класс.xlsx».',
    missingSheets: (count) =>
      `Нет протокола школы в ${n(count)} ${pluralRu(count, 'папке', 'папках', 'папках')}. ${count === 1 ? 'Назовите файл так:' : 'Назовите файлы так:'}`,
    addSheets: 'Добавить протоколы…',
    removeSheet: (name) => `Убрать «${name}»`,
    expertsTitle: 'Список экспертов',
    expertsHint: 'Книга Excel (.xlsx) или CSV: ФИО, предмет, место работы, муниципалитет; по желанию — классы и максимум работ.',
    chooseExperts: 'Выбрать список…',
    replaceExperts: 'Заменить…',
    expertsRequired: 'Выберите список экспертов: без него работы некому распределить.',
    seedLabel: 'Число распределения (seed)',
    seedHint: 'Одно и то же число — то же распределение работ по экспертам.',
    deadlineLabel: 'Срок возврата протоколов',
    deadlineHint: 'Необязательно. Попадёт в инструкцию и письма экспертам.',
    double: {
      label: 'Двойная проверка: два эксперта на работу',
      hint: 'Каждую выбранную работу независимо проверяют два эксперта (туры 1 и 2), не видя баллов друг друга; при существенном расхождении — третий.',
      shareLabel: 'Доля работ для двух экспертов, %',
      shareHint: 'Работы выбираются по числу распределения: то же число — те же работы.',
    },
    start: 'Подготовить пакеты',
    progress: {
      starting: 'Начинаем…',
      index: (files) => `Шаг 1 из 3. Чтение архивов: просмотрено файлов — ${n(files)}`,
      sheets: (done, total) => `Шаг 2 из 3. Протоколы школ: ${n(done)} из ${n(total)}`,
      assigning: 'Шаг 3 из 3. Распределение работ и сборка пакетов…',
      packages: (done, total) => `Шаг 3 из 3. Пакеты: собрано ${n(done)} из ${n(total)}`,
    },
    cancel: 'Отмена',
    cancelled: 'Подготовка пакетов отменена, пакеты не собраны. Выбранные файлы и настройки остались — можно начать снова.',
    failedTitle: 'Не удалось подготовить пакеты',
    retry: 'Повторить',
    summary: (packages, experts, works) =>
      `Готово: ${n(packages)} ${pluralRu(packages, 'пакет', 'пакета', 'пакетов')} для ${n(experts)} ${pluralRu(experts, 'эксперта', 'экспертов', 'экспертов')}, ${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')}`,
    noExperts: 'В списке экспертов не найдено ни одного эксперта, пакеты не собраны. Исправьте список (причины — в проблемах ниже) и подготовьте пакеты заново.',
    noPackages: 'Ни одна работа не передана экспертам. Причины — ниже.',
    macTitle: 'В Excel для Mac панель не сохраняет ZIP-файлы',
    macBody:
      'Сохранить пакеты отсюда нельзя. Подготовьте их в Excel для Windows или в Excel в браузере, либо командой «recheck prepare». Здесь можно открыть протокол эксперта и ключ как новые книги Excel и сохранить их из Excel.',
    keyTitle: 'Ключ координатора',
    keyWarningTitle: 'Ключ храните только у себя',
    keyWarning:
      'Ключ раскрывает, какие школы скрыты за кодами ОО, и подписывает протоколы экспертов. Не отправляйте его экспертам и школам. Сохраните его сейчас: без ключа не проверить подписи вернувшихся протоколов.',
    saveKey: 'Сохранить ключ',
    openKey: 'Открыть ключ в Excel',
    keyFileName: 'Ключ перепроверки.xlsx',
    packagesTitle: (count) => `Пакеты экспертов: ${n(count)}`,
    packageLine: (subject, grade, works) => `${subject}, ${grade} класс · ${n(works)} ${pluralRu(works, 'работа', 'работы', 'работ')}`,
    savePackage: 'Сохранить пакет',
    letter: 'Письмо',
    letterCopied: 'Текст письма скопирован: вставьте его в письмо эксперту.',
    letterFallback: 'Скопировать автоматически не удалось. Выделите текст ниже и скопируйте его (Ctrl+C):',
    letterLabel: (expert) => `Письмо эксперту ${expert}`,
    openProtocol: 'Открыть протокол',
    opening: 'Открываем протокол…',
    opened: 'Протокол открыт в новой книге Excel.',
    openFailed: (problem, detail) => {
      const fallback = 'Сохраните пакет и откройте протокол из него.';
      switch (problem) {
        case 'not-in-excel':
          return `Открыть книгу можно только в Excel. ${fallback}`;
        case 'unsupported':
          return `Эта версия Excel не открывает книги из панели (нужны Microsoft 365 или Office 2021). ${fallback}`;
        case 'cell-edit-mode':
          return 'Excel занят: в ячейке идёт ввод. Завершите ввод (Enter или Esc) и нажмите ещё раз.';
        case 'too-large':
          return `Книга слишком велика, чтобы открыть её из панели. ${fallback}`;
        case 'access-denied':
          return `Excel не разрешил открыть новую книгу (возможно, это запрещено настройками организации). ${fallback}`;
        case 'no-protocol':
          return 'В пакете не найден протокол. Подготовьте пакеты заново.';
        default:
          return `Excel не открыл книгу${detail ? ` (${detail})` : ''}. Попробуйте ещё раз. ${fallback}`;
      }
    },
    withoutWorksTitle: (count) => `Без работ: ${n(count)} ${pluralRu(count, 'эксперт', 'эксперта', 'экспертов')}`,
    withoutWorks: 'Им не досталось работ: нет работ их предмета и класса вне их школы и муниципалитета, или работы разошлись по другим экспертам.',
    unassignedTitle: (count) => `Не распределены: ${n(count)} ${pluralRu(count, 'работа', 'работы', 'работ')}`,
    again: 'Изменить данные и подготовить заново',
  },
  problems: {
    title: (count) => `Проблемы с файлами: ${n(count)}`,
    none: 'Проблем не найдено: каждый файл — работа или документ школы.',
    titles: {
      'bad-name': 'Имя файла не по правилу',
      'duplicate-code': 'Код участника повторяется',
      'duplicate-file': 'Точные копии файлов',
      'empty-file': 'Пустые файлы',
      'not-pdf': 'Не PDF',
      'broken-pdf': 'Повреждённые PDF',
      'encrypted-pdf': 'PDF с паролем',
      encrypted: 'Архив с паролем',
      'wrong-password': 'Неверный пароль',
      'unsupported-encryption': 'Неподдерживаемое шифрование',
      'unsafe-path': 'Опасный путь в архиве',
      'too-large': 'Слишком большие файлы',
      'system-file': 'Служебные файлы',
      'unknown-folder': 'Файлы вне папки школы',
      'unknown-file': 'Нераспознанные файлы',
      'old-excel': 'Протокол в старом формате .xls',
      'broken-archive': 'Повреждённые архивы',
      'nested-too-deep': 'Слишком глубокая вложенность архивов',
      'entry-count-mismatch': 'Число файлов в архиве не сходится',
      'empty-archive': 'Пустые вложенные архивы',
      'unreadable-entry': 'Файлы не распаковываются',
      'experts-unreadable': 'Список экспертов не читается',
      'experts-no-header': 'В списке экспертов нет строки заголовков',
      'experts-missing-column': 'В списке экспертов нет нужного столбца',
      'expert-no-name': 'Эксперт без ФИО',
      'expert-no-subject': 'Эксперт без предмета',
      'expert-bad-grades': 'Непонятные классы эксперта',
      'expert-bad-capacity': 'Непонятное число работ эксперта',
      'expert-duplicate': 'Эксперт указан дважды',
      'expert-no-workplace': 'Не указано место работы эксперта',
      'not-a-protocol': 'Не протокол перепроверки',
      'wrong-version': 'Протокол другой версии',
      'broken-workbook': 'Книга повреждена',
      'missing-expert-score': 'Нет балла эксперта',
      'invalid-expert-score': 'Недопустимый балл эксперта',
      'score-out-of-range': 'Балл вне допустимого диапазона',
      'difference-without-code': 'Расхождение без кода ошибки',
      'code-without-difference': 'Код ошибки без расхождения',
      'invalid-error-code': 'Недопустимый код ошибки',
      'explanation-required': 'Нужно пояснение к коду 6 или 7',
      'locked-cell-edited': 'Изменена защищённая ячейка',
      'protocol-row-added': 'В протокол добавлена строка',
      'protocol-row-deleted': 'Из протокола удалена строка',
      'checksum-mismatch': 'Не сходится контрольная сумма',
      'signature-mismatch': 'Не сходится подпись протокола',
      'encrypted-workbook': 'Протокол школы с паролем',
      'unknown-layout': 'Протокол школы не распознан',
      'no-tasks': 'В протоколе школы нет столбцов заданий',
      'score-above-max': 'Балл больше максимального',
      'not-a-score': 'Балл не распознан',
      'bad-variant': 'Не указан вариант',
      'scores-for-absent': 'Баллы у отсутствовавшего',
      'duplicate-row': 'Код участника записан дважды',
      'bad-code': 'Неверный код участника',
      'missing-code': 'Нет кода участника',
      'unknown-column': 'Столбец протокола не распознан',
      'other-score-sheet': 'Второй лист с результатами',
      'no-score-sheet': 'Нет протокола школы',
      'scan-without-row': 'Скан без строки в протоколе',
      'row-without-scan': 'Строка протокола без скана',
      'variant-mismatch': 'Вариант не совпадает',
      'absent-with-scan': 'Скан у отсутствовавшего',
      'sheet-without-school': 'Протокол без школы',
      'pdf-metadata-left': 'Метаданные PDF не удалены полностью',
      'file-not-found': 'Файл не найден',
      'unknown-package': 'Пакета нет в ключе',
      'duplicate-protocol': 'Протокол пакета прислан дважды',
      'scale-unreadable': 'Таблица шкал не читается',
      'scale-no-header': 'В таблице шкал нет заголовков',
      'scale-missing-column': 'В таблице шкал нет столбца',
      'scale-bad-value': 'Неверное значение в таблице шкал',
      'scale-not-increasing': 'Шкала не возрастает',
      'scale-duplicate': 'Шкала записана дважды',
      'scale-maximum-mismatch': 'Максимум шкалы не равен сумме баллов',
      'duplicate-task-row': 'Задание работы записано дважды',
      'cross-regional-layout': 'Сканы по одной работе, а нужен PDF на класс',
      'cross-works-unknown': 'Неизвестно число работ класса',
      'cross-pages-not-multiple': 'Страниц не кратно числу работ',
      'cross-cover-letter-unread': 'Сопроводительное письмо не прочитано',
      'cross-count-conflict': 'Письмо и таблица расходятся в числе работ',
      'cross-counts-row': 'Строка таблицы количеств не прочитана',
      'cross-counts-no-header': 'В таблице количеств нет заголовков',
      'cross-single-school': 'Работы школы некому проверить',
      'cross-mutual-pair': 'Две школы проверяют друг друга',
      'cross-no-tasks': 'Нет формы ФИС ОКО для протокола',
      'cross-bad-override': 'Назначение не применено',
      'cross-row-invalid': 'Строка протокола проверки с ошибкой',
      'cross-no-form': 'Нет формы школы',
      'cross-code-not-in-form': 'Кода участника нет в форме',
      'cross-row-without-result': 'Участник формы без результата проверки',
      'cross-variant-mismatch': 'Вариант в форме и в протоколе расходится',
      'cross-task-not-in-form': 'Задания нет в форме',
      'cross-cells-overwritten': 'Перезаписаны заполненные ячейки',
      'earlier-scan-missing': 'Нет скана для третьей проверки',
      'calendar-year-missing': 'Нет производственного календаря',
      'calendar-year-unconfirmed': 'Календарь года не сверен',
      'recheck-late': 'Перепроверка позже 60 дней',
      'protocol-left-out': 'Протокол не сведён',
      'returned-workbook-unreadable': 'Ответ школы не прочитан',
    },
    showAll: (count) => `Показать все (${n(count)})`,
    showFewer: 'Свернуть',
    cell: (cell) => `ячейка ${cell}`,
    inArchive: (archive) => `архив «${archive}»`,
  },
};
