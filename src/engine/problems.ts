/**
 * Problems are data: a stable kebab-case code (what the CLI prints and tests assert on) and a Russian
 * message for the coordinator, built from the code in one place. Nothing an archive holds is dropped
 * silently: a file that is neither a work nor a document becomes exactly one problem.
 */

export type ProblemCode =
  | 'bad-name'
  | 'duplicate-code'
  | 'duplicate-file'
  | 'empty-file'
  | 'not-pdf'
  | 'broken-pdf'
  | 'encrypted-pdf'
  | 'encrypted'
  | 'wrong-password'
  | 'unsupported-encryption'
  | 'unsafe-path'
  | 'too-large'
  | 'system-file'
  | 'unknown-folder'
  | 'unknown-file'
  | 'old-excel'
  // The schools' score sheets (src/engine/scoreSheets).
  | 'encrypted-workbook'
  | 'unknown-layout'
  | 'no-tasks'
  | 'score-above-max'
  | 'not-a-score'
  | 'bad-variant'
  | 'scores-for-absent'
  | 'duplicate-row'
  | 'bad-code'
  | 'missing-code'
  | 'unknown-column'
  | 'other-score-sheet'
  | 'broken-archive'
  | 'nested-too-deep'
  | 'unreadable-entry'
  // joining scans with the schools' score sheets
  | 'no-score-sheet'
  | 'scan-without-row'
  | 'row-without-scan'
  | 'variant-mismatch'
  | 'absent-with-scan'
  | 'sheet-without-school'
  | 'pdf-metadata-left'
  // The list of experts (assignment).
  | 'experts-unreadable'
  | 'experts-no-header'
  | 'experts-missing-column'
  | 'expert-no-name'
  | 'expert-no-subject'
  | 'expert-bad-grades'
  | 'expert-bad-capacity'
  | 'expert-duplicate'
  | 'expert-no-workplace'
  // The expert's protocol workbook (src/engine/protocol).
  | 'not-a-protocol'
  | 'wrong-version'
  | 'broken-workbook'
  | 'missing-expert-score'
  | 'invalid-expert-score'
  | 'score-out-of-range'
  | 'difference-without-code'
  | 'code-without-difference'
  | 'invalid-error-code'
  | 'explanation-required'
  | 'locked-cell-edited'
  | 'protocol-row-added'
  | 'protocol-row-deleted'
  | 'checksum-mismatch'
  | 'signature-mismatch'
  // The statistics (src/engine/statistics): marks scales and merged rows.
  | 'scale-unreadable'
  | 'scale-no-header'
  | 'scale-missing-column'
  | 'scale-bad-value'
  | 'scale-not-increasing'
  | 'scale-duplicate'
  | 'scale-maximum-mismatch'
  | 'duplicate-task-row';

export interface Problem {
  /** The archive's own name, as the user gave it. */
  archive: string;
  /** Path inside the archive, `/`-separated, NFC; entries of nested archives are `<inner archive path>/<entry path>`. */
  path: string;
  problem: ProblemCode;
  message: string;
  /** Where inside a workbook, when the file is one: `Протокол!H12`. */
  cell?: string;
}

/** Facts a message may mention; every field is optional and only some codes use them. */
export interface ProblemDetails {
  /** For score-sheet problems: the task label (`4К1`), the sheet row, the sheet, a column header. */
  task?: string;
  row?: number;
  sheet?: string;
  header?: string;
  /** For other-score-sheet: the sheet that was read. */
  otherSheet?: string;
  /** For other-score-sheet: how the other sheet differs, worded for the message. */
  difference?: string;
  /** For unknown-layout: the file has a column of pupils' names (personal data). */
  personalData?: boolean;
  /** For duplicate-code and duplicate-file: the other file with the same participant code. */
  otherPath?: string;
  /** For duplicate-code: whose file it is, worded for the message: «участника 4002» or «класса 6А». */
  code?: string;
  /** For bad-name: the naming rule the file should follow. */
  expected?: string;
  /** For too-large: the limit in bytes. */
  limitBytes?: number;
  /** For broken-pdf / broken-archive / unreadable-entry: a short technical reason (shown after the message). */
  reason?: string;
  /** For expert-* problems: the expert's name as typed in the list. */
  expert?: string;
  /** For expert-bad-grades / expert-bad-capacity: the value as typed. */
  value?: string;
  /** For expert-duplicate: the row where the same name came first. */
  otherRow?: number;
  /** For expert-no-workplace: what is missing, worded for the message: «место работы», «муниципалитет». */
  missing?: string;
  /** For the joining problems: the participant code; for variant-mismatch, the variants of file and sheet. */
  participant?: string;
  fileVariant?: number;
  sheetVariant?: number;
  /** For row-without-scan and the other joining problems: the school folder, as `<school>, <subject>, <grade> класс`. */
  schoolFolder?: string;
  /** For protocol problems: the maximum score of the task. */
  max?: number;
  /** For locked-cell-edited: the column's title. */
  column?: string;
  /** For locked-cell-edited: the value the coordinator wrote; for protocol-row-deleted: the sheet row. */
  original?: string;
  /** For the statistics problems: the test, worded «русский язык, 4 класс». */
  test?: string;
}

export function makeProblem(archive: string, path: string, problem: ProblemCode, details: ProblemDetails = {}): Problem {
  return { archive, path, problem, message: problemMessage(problem, details) };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} МБ`;
}

/** The Russian text for a problem: what is wrong and what the coordinator should do about it. */
export function problemMessage(problem: ProblemCode, details: ProblemDetails = {}): string {
  const reason = details.reason ? ` (${details.reason})` : '';
  switch (problem) {
    case 'bad-name':
      return `Имя файла не соответствует правилу ${details.expected ?? '«<код участника>_вар.<номер варианта>.pdf» (для скана класса — «<класс><буква> <предмет>.pdf»)'}. Уточните у школы, чей это скан, и переименуйте файл.`;
    case 'duplicate-code':
      return `В папке школы два разных файла для ${details.code ?? ''}${details.otherPath ? ` (второй: ${details.otherPath})` : ''}. Уточните у школы, какой скан относится к участнику, и удалите или переименуйте лишний.`;
    case 'duplicate-file':
      return `Точная копия файла ${details.otherPath ?? ''} — в банк взят один экземпляр, действий не требуется.`;
    case 'empty-file':
      return 'Файл пустой (0 байт). Попросите школу прислать скан заново.';
    case 'not-pdf':
      return `Файл назван .pdf, но это не PDF (${details.reason ?? 'возможно, фотография или документ другого формата'}). Попросите школу прислать скан в формате PDF.`;
    case 'broken-pdf':
      return `PDF повреждён и не открывается${reason}. Попросите школу прислать скан заново.`;
    case 'encrypted-pdf':
      return 'PDF защищён паролем. Попросите школу прислать скан без пароля.';
    case 'encrypted':
      return 'Архив защищён паролем. Укажите пароль (в командной строке — --password), который сообщила школа или муниципалитет.';
    case 'wrong-password':
      return 'Пароль к архиву не подходит. Проверьте пароль у отправителя и повторите.';
    case 'unsupported-encryption':
      return 'Архив зашифрован неподдерживаемым способом. Попросите отправителя пересохранить архив в ZIP с шифрованием AES или без пароля.';
    case 'unsafe-path':
      return 'Путь файла в архиве выходит за пределы архива (../, абсолютный путь или имя диска). Файл не распакован; попросите отправителя пересобрать архив.';
    case 'too-large':
      return `Файл слишком большой после распаковки (больше ${megabytes(details.limitBytes ?? 0)}) и не распакован: возможно, архив повреждён или это «архивная бомба». Попросите отправителя проверить архив.`;
    case 'system-file':
      return 'Служебный файл операционной системы (Thumbs.db, .DS_Store, __MACOSX и т. п.) — пропущен, действий не требуется.';
    case 'unknown-folder':
      return 'Файл лежит вне папки школы вида «<школа>, <предмет>, <класс> класс» (или «<школа>_<предмет>_<класс> класс»). Переложите его в папку школы или уточните у отправителя, чей это файл.';
    case 'unknown-file':
      return 'Файл не распознан: это не скан работы (PDF) и не документ школы (протокол .xlsx, варианты, критерии, сопроводительное письмо). Уточните у школы, что это за файл.';
    case 'old-excel':
      return 'Протокол школы в старом формате .xls. Попросите школу пересохранить его как книгу Excel (.xlsx).';
    case 'encrypted-workbook':
      return 'Книга Excel защищена паролем на открытие и не читается. Если пароль известен, откройте файл в Excel, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля → пустой пароль) и сохраните; иначе попросите школу прислать протокол без пароля.';
    case 'unknown-layout':
      return `Не найдена таблица результатов: ни на одном листе в первых 30 строках нет заголовков «Код участника» (или «Код») и «Вариант» (или «Вариант (часть 1)»). Попросите школу прислать заполненную форму сбора результатов ФИС ОКО.${details.personalData ? ' В файле есть столбец с фамилиями обучающихся (персональные данные): не передавайте этот файл экспертам.' : ''}`;
    case 'no-tasks':
      return `На листе «${details.sheet ?? ''}» есть «Код участника» и «Вариант», но нет ни одного столбца задания с максимальным баллом в заголовке (вида «1 (2б)»). Попросите школу прислать форму сбора результатов ФИС ОКО без изменений в заголовках.`;
    case 'score-above-max':
      return `Балл участника ${details.participant ?? ''} за задание ${details.task ?? ''} (${details.value ?? ''}) больше максимального (${details.max ?? '?'}). Уточните балл у школы и исправьте протокол школы.`;
    case 'not-a-score':
      return `Балл участника ${details.participant ?? ''} за задание ${details.task ?? ''} не распознан (записано ${details.value ?? 'не число'}): допустимы целые баллы от 0 до ${details.max ?? 'максимального'} или X (нет ответа). Уточните балл у школы и исправьте протокол школы.`;
    case 'bad-variant':
      return `У участника ${details.participant ?? ''} ${details.value ? `вариант указан не числом (записано ${details.value})` : 'не указан вариант'}${details.header ? ` в столбце «${details.header}»` : ''}. Уточните вариант у школы; если участник не писал работу, впишите «отсутствовал».`;
    case 'scores-for-absent':
      return `Участник ${details.participant ?? ''} отмечен как отсутствовавший, но в его строке есть баллы. Уточните у школы, писал ли он работу, и исправьте протокол школы.`;
    case 'duplicate-row':
      return `Код участника ${details.participant ?? ''} записан дважды: в строках ${details.otherRow ?? '?'} и ${details.row ?? '?'}${details.value ? ` (${details.value})` : ''}. Взята строка ${details.otherRow ?? '?'}; уточните у школы код участника во второй строке и исправьте протокол школы.`;
    case 'bad-code':
      return `В строке ${details.row ?? '?'} есть баллы, но в столбце «${details.header ?? 'Код участника'}» записан не код участника из 4–6 цифр. Строка не прочитана: уточните код у школы и исправьте протокол школы.`;
    case 'missing-code':
      return `В строке ${details.row ?? '?'} есть баллы, но нет кода участника. Строка не прочитана: уточните код у школы и исправьте протокол школы.`;
    case 'unknown-column':
      return `Столбец «${details.header ?? ''}» не распознан${details.reason ? ` (${details.reason})` : ''}, и его значения не прочитаны. Если это задание, в заголовке должны быть номер и максимальный балл, например «5 (2б)»: исправьте заголовок в протоколе школы.`;
    case 'other-score-sheet':
      return `На листе «${details.sheet ?? ''}» тоже есть таблица результатов, и она расходится с прочитанным листом «${details.otherSheet ?? ''}»${details.difference ? `: ${details.difference}` : ''}. Прочитан только лист «${details.otherSheet ?? ''}». Уточните у школы, какой лист верный, и удалите лишний; если на листах разные классы, попросите прислать их отдельными файлами.`;
    case 'broken-archive':
      return `Архив повреждён или не дописан и не читается${reason}. Попросите отправителя прислать архив заново.`;
    case 'nested-too-deep':
      return 'Архив вложен в архив слишком глубоко. Попросите отправителя распаковать вложенные архивы.';
    case 'unreadable-entry':
      return `Файл в архиве не удалось распаковать${reason}. Попросите отправителя прислать его заново.`;
    case 'no-score-sheet':
      return `В папке школы «${details.schoolFolder ?? ''}» нет протокола школы (.xlsx с баллами). Попросите школу прислать протокол или добавьте его вручную: без него работы нельзя сравнить.`;
    case 'scan-without-row':
      return `Для скана участника ${details.participant ?? ''} нет строки в протоколе школы. Уточните у школы код участника: исправьте имя файла или протокол.`;
    case 'row-without-scan':
      return `Участник ${details.participant ?? ''} есть в протоколе школы и не отмечен отсутствующим, но его скана нет. Попросите школу прислать скан работы.`;
    case 'variant-mismatch':
      return `У участника ${details.participant ?? ''} в имени файла вариант ${details.fileVariant ?? ''}, а в протоколе школы — ${details.sheetVariant ?? ''}. Уточните у школы верный вариант; работа не передаётся эксперту, пока расхождение не исправлено.`;
    case 'absent-with-scan':
      return `Участник ${details.participant ?? ''} отмечен в протоколе школы как отсутствовавший, но его скан есть. Уточните у школы, писал ли он работу.`;
    case 'pdf-metadata-left':
      return `Из служебных данных PDF не всё удалось удалить с уверенностью${reason}: в них может остаться имя автора или школы. Пакет собран; перед отправкой откройте скан в пакете и проверьте свойства документа (или попросите школу пересохранить скан без метаданных).`;
    case 'sheet-without-school':
      return 'Не понятно, к какой школе относится этот протокол. Назовите файл как папку школы: «<школа>, <предмет>, <класс> класс.xlsx».';
    case 'experts-unreadable':
      return `Список экспертов не читается${reason}. Сохраните его в Excel как книгу .xlsx или как CSV и загрузите заново.`;
    case 'experts-no-header':
      return `В списке экспертов не найдена строка заголовков. Нужны столбцы ${details.expected ?? '«ФИО» и «Предметы»'}. Добавьте заголовки над данными и загрузите список заново.`;
    case 'experts-missing-column':
      return `В списке экспертов нет столбца ${details.expected ?? ''}: без него нельзя проверить, что эксперт не получит работы своей школы или своего муниципалитета. Добавьте столбец и загрузите список заново.`;
    case 'expert-no-name':
      return 'В строке списка экспертов не указано ФИО — строка пропущена. Впишите ФИО эксперта или удалите строку.';
    case 'expert-no-subject':
      return `У эксперта «${details.expert ?? ''}» не указан предмет — эксперт не получит работ. Впишите предмет (несколько — через запятую).`;
    case 'expert-bad-grades':
      return `У эксперта «${details.expert ?? ''}» классы указаны непонятно («${details.value ?? ''}») — ограничение по классам не учтено, эксперт может получить работы любого класса. Впишите классы как «4-6» или «5, 7».`;
    case 'expert-bad-capacity':
      return `У эксперта «${details.expert ?? ''}» максимум работ указан непонятно («${details.value ?? ''}») — ограничение не учтено. Впишите целое число работ или оставьте ячейку пустой.`;
    case 'expert-duplicate':
      return `Эксперт «${details.expert ?? ''}» уже есть в списке (строка ${details.otherRow ?? ''}) — учтена только первая строка. Если это один человек, перечислите все его предметы в одной строке через запятую; если разные люди — различите их ФИО.`;
    case 'expert-no-workplace':
      return `У эксперта «${details.expert ?? ''}» не указано: ${details.missing ?? 'место работы'}. Без этого нельзя проверить, что эксперт не получит работы своей школы или своего муниципалитета. Заполните ячейку и загрузите список заново.`;
    case 'not-a-protocol':
      return `Файл не является протоколом перепроверки Recheck (${details.reason ?? 'нет служебного листа с данными пакета'}). Проверьте, что выбран протокол из пакета эксперта, а не другая книга Excel.`;
    case 'wrong-version':
      return `Протокол создан в другой версии Recheck (формат ${details.value ?? '?'}; эта версия читает формат 1). Обновите Recheck или попросите координатора выдать протокол заново.`;
    case 'broken-workbook':
      return `Файл не читается как книга Excel (.xlsx)${reason}. Откройте его в Excel, сохраните как «Книга Excel (.xlsx)» и проверьте снова, или попросите прислать файл заново.`;
    case 'missing-expert-score':
      return `Не выставлен балл эксперта. Введите целое число от 0 до ${details.max ?? 'максимального балла'} или X, если ответа нет.`;
    case 'invalid-expert-score':
      return `Балл эксперта «${details.value ?? ''}» — не балл. Введите целое число от 0 до ${details.max ?? 'максимального балла'} или X (Х), если ответа нет.`;
    case 'score-out-of-range':
      return `Балл эксперта ${details.value ?? ''} вне допустимых значений: нужно целое число от 0 до ${details.max ?? 'максимального балла'}. Исправьте балл.`;
    case 'difference-without-code':
      return 'Баллы ОО и эксперта расходятся, а код ошибки не указан. Выберите код ошибки от 1 до 7 (тексты — на листе «Коды ошибок»).';
    case 'code-without-difference':
      return 'Указан код ошибки, но баллы ОО и эксперта совпадают (X и 0 считаются одинаково) или балл эксперта не выставлен. При совпадении баллов графа «Код ошибки» остаётся пустой: удалите код или проверьте балл.';
    case 'invalid-error-code':
      return `Код ошибки «${details.value ?? ''}» не из списка. Укажите одну цифру от 1 до 7 (см. лист «Коды ошибок»).`;
    case 'explanation-required':
      return `Для кода ошибки ${details.value ?? '6 или 7'} («Другие») нужно пояснение. Опишите в столбце «Пояснение», какие именно ошибки допущены.`;
    case 'locked-cell-edited':
      return `Изменена заблокированная ячейка «${details.column ?? ''}»: было «${details.original ?? ''}», стало «${details.value ?? ''}». Данные ОО в протоколе менять нельзя: верните исходное значение или попросите координатора выдать протокол заново.`;
    case 'protocol-row-added':
      return 'В протоколе строка, которой не было в выданном протоколе. Удалите её: состав работ и заданий менять нельзя.';
    case 'protocol-row-deleted':
      return `Из протокола удалена строка ${details.value ?? ''} (была в строке ${details.original ?? '?'}). Верните её или попросите координатора выдать протокол заново и перенесите в него оценки.`;
    case 'checksum-mismatch':
      return 'Контрольная сумма не совпадает: служебные данные протокола изменены. Такой протокол нельзя принять как есть: попросите координатора выдать протокол заново и перенесите в него оценки.';
    case 'signature-mismatch':
      return 'Подпись протокола не совпадает с ключом координатора: протокол выдан с другим ключом (чужой пакет) или его данные изменены и контрольная сумма пересчитана. Проверьте, что выбран ключ этого пакета; иначе выдайте протокол заново.';
    case 'scale-unreadable':
      return `Таблица шкал перевода баллов в отметки не читается${reason}. Сохраните её в Excel как книгу .xlsx или как CSV и загрузите заново; до тех пор отметки не считаются, а доля объективно оценённых работ считается по совпадению баллов.`;
    case 'scale-no-header':
      return `В таблице шкал не найдена строка заголовков. Нужны столбцы ${details.expected ?? ''}. Добавьте заголовки над данными и загрузите таблицу заново.`;
    case 'scale-missing-column':
      return `В таблице шкал нет столбца ${details.expected ?? ''}. Без него шкалы не прочитаны: добавьте столбец и загрузите таблицу заново.`;
    case 'scale-bad-value':
      return `В таблице шкал${details.test ? ` (${details.test})` : ''} в столбце «${details.header ?? ''}» записано «${details.value ?? ''}», а нужно: ${details.expected ?? 'целое число баллов'}. Строка не прочитана: исправьте значение и загрузите таблицу заново.`;
    case 'scale-not-increasing':
      return `Шкала ${details.test ?? ''} не возрастает (${details.value ?? ''}): нужно 0 ≤ «3» < «4» < «5» ≤ максимум. Шкала не прочитана: проверьте пороги по опубликованным шкалам.`;
    case 'scale-duplicate':
      return `Шкала ${details.test ?? ''} записана дважды (первая — в строке ${details.otherRow ?? '?'}); взята первая. Удалите лишнюю строку.`;
    case 'scale-maximum-mismatch':
      return `Максимум шкалы ${details.test ?? ''} (${details.max ?? '?'}) не равен сумме максимальных баллов заданий: ${details.value ?? ''}. Шкала не использована: отметки не считаются, доля объективно оценённых работ считается по совпадению баллов. Проверьте шкалу (год, предмет, класс) и загрузите исправленную.`;
    case 'duplicate-task-row':
      return `Задание ${details.task ?? ''} работы ${details.participant ?? ''}${details.value ? ` (ОО ${details.value})` : ''}, ${details.test ?? ''}, встречается дважды; учтена первая строка. Проверьте, не сведён ли один протокол дважды под разными пакетами.`;
  }
}
