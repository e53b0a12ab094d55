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
  | 'broken-archive'
  | 'nested-too-deep'
  | 'unreadable-entry';

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
      return 'Файл назван .pdf, но это не PDF (возможно, фотография или документ другого формата). Попросите школу прислать скан в формате PDF.';
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
    case 'broken-archive':
      return `Архив повреждён или не дописан и не читается${reason}. Попросите отправителя прислать архив заново.`;
    case 'nested-too-deep':
      return 'Архив вложен в архив слишком глубоко. Попросите отправителя распаковать вложенные архивы.';
    case 'unreadable-entry':
      return `Файл в архиве не удалось распаковать${reason}. Попросите отправителя прислать его заново.`;
  }
}
