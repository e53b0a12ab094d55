/**
 * The cross-check, stage 2: one ZIP per checking school and test — the classroom PDFs under ciphered names,
 * the criteria, the check protocol, an instruction and the cover letter. Nothing names a school: not the entry
 * names, not the cells or properties of the protocol, not the PDFs' metadata (blanked; what could not be blanked
 * for certain is a `pdf-metadata-left` problem), and the ZIP has no comment.
 */
import { storedEntry, zipChunks, type ZipEntryData } from '../archive/writeZip';
import { fileKey } from '../prepare/archiveHandles';
import { deflatedEntry, depersonalisedPdf } from '../prepare/buildPackages';
import { formatDeadline } from '../prepare/packageContents';
import { counted } from '../russianPlural';
import { buildCheckProtocol, type CheckProtocolSpec } from './buildCheckProtocol';
import { testKey, type CrossPlan } from './planCross';
import type { CrossPackagePlan } from './types';

export interface CrossPackage {
  plan: CrossPackagePlan;
  /** For the coordinator's folder: the checking school's cipher, subject and grade — no school's name (the JSON and the key say whose cipher it is). */
  fileName: string;
  data: Blob;
  /** The cover letter's text: ciphers, classes, subject, numbers of scans, deadline. */
  coverLetter: string;
}

export const COVER_LETTER_PATH = 'Сопроводительное письмо.txt';
export const CROSS_INSTRUCTION_PATH = 'Инструкция.txt';

export function checkProtocolFileName(plan: CrossPackagePlan): string {
  return `Протокол проверки ${plan.packageId}.xlsx`;
}

export function crossPackageFileName(plan: CrossPackagePlan): string {
  return `Пакет ${plan.checkerCipher} — ${plan.subject}, ${plan.grade} класс.zip`.replace(/[\\/:*?"<>|]/g, '_');
}

export function checkProtocolSpecOf(plan: CrossPackagePlan, createdAt: string, deadline?: string): CheckProtocolSpec {
  return {
    packageId: plan.packageId, checker: plan.checkerCipher, subject: plan.subject, grade: plan.grade, createdAt, deadline, tasks: plan.tasks,
    files: plan.files.map((f) => ({ file: f.file, cipher: f.cipher, class: f.class, pages: f.pages, works: f.works })),
  };
}

export function crossCoverLetter(plan: CrossPackagePlan, deadline: string | undefined): string {
  return [
    `Направляем скан-копии работ для перекрёстной проверки: ${plan.subject}, ${plan.grade} класс (пакет ${plan.packageId}).`,
    '',
    'Шифр школы | Класс | Предмет | Количество скан-копий (работ) | Файл',
    ...plan.files.map((f) => `${f.cipher} | ${f.class} | ${plan.subject} | ${f.works ?? 'не указано'} | ${f.file}`),
    '',
    `Всего ${counted(plan.files.reduce((sum, f) => sum + (f.works ?? 0), 0), ['работа', 'работы', 'работ'])} в ${counted(plan.files.length, ['файле', 'файлах', 'файлах'])}.`,
    `Просим проверить работы строго по критериям и вернуть заполненный протокол проверки ${formatDeadline(deadline)}.`,
    '',
    'Материалы конфиденциальны: школа скрыта за шифром; не пытайтесь её установить и не передавайте материалы третьим лицам.',
  ].join('\r\n');
}

function instruction(plan: CrossPackagePlan, deadline: string | undefined): string {
  return [
    `Перекрёстная проверка: ${plan.subject}, ${plan.grade} класс. Пакет ${plan.packageId}.`,
    '',
    'Что в пакете:',
    `  ${checkProtocolFileName(plan)} — протокол проверки (книга Excel; работает и без надстройки);`,
    '  «Работы» — сканы классов, один PDF на класс; имя — шифр школы и класс;',
    '  «Критерии» — критерии оценивания;',
    `  ${COVER_LETTER_PATH} — что и сколько прислано.`,
    '',
    'Как работать:',
    '  1. Откройте протокол. Одна строка — одна работа; страницы работы в файле класса предложены заранее —',
    '     если работа занимает другие страницы, исправьте «Первую» и «Последнюю страницу».',
    '  2. Перепишите с бланка «Код участника» (4–6 цифр) и «Вариант».',
    '  3. Поставьте баллы строго по критериям: от 0 до максимума в заголовке столбца или X, если ответа нет.',
    '  4. Жёлтые ячейки ещё не заполнены; красные — страницы вне файла или пересекаются с другой работой.',
    '',
    `Что вернуть ${formatDeadline(deadline)}: файл протокола Excel муниципальному координатору.`,
    '',
  ].join('\r\n');
}

export async function buildCrossPackages(plan: CrossPlan, onPackage: (pkg: CrossPackage) => Promise<void>, signal?: AbortSignal): Promise<CrossPackage[]> {
  const built: CrossPackage[] = [];
  for (const pkg of plan.packages) {
    signal?.throwIfAborted();
    const entries: ZipEntryData[] = [];
    // The workbook is a ZIP already: stored, not deflated a second time.
    entries.push(storedEntry(checkProtocolFileName(pkg), await buildCheckProtocol(checkProtocolSpecOf(pkg, plan.createdAt, plan.deadline), plan.secret)));
    entries.push(await deflatedEntry(CROSS_INSTRUCTION_PATH, new TextEncoder().encode(`\uFEFF${instruction(pkg, plan.deadline)}`)));
    const letter = crossCoverLetter(pkg, plan.deadline);
    entries.push(await deflatedEntry(COVER_LETTER_PATH, new TextEncoder().encode(`\uFEFF${letter}`)));
    for (const file of pkg.files) {
      const handle = plan.files.get(fileKey(file.classroom.work.archive, file.classroom.work.path));
      if (!handle) throw new Error(`the classroom file ${file.classroom.work.path} is not in the archives the bank was indexed from`);
      entries.push(storedEntry(file.path, await depersonalisedPdf(handle, plan.problems)));
    }
    const criteria = plan.criteria.get(testKey(pkg)) ?? [];
    for (const [index, handle] of criteria.slice(0, 1).entries()) {
      const bytes = await depersonalisedPdf(handle, plan.problems).catch(() => null);
      if (bytes) entries.push(storedEntry(`Критерии/Критерии ${index + 1}.pdf`, bytes));
    }
    const result: CrossPackage = {
      plan: pkg,
      fileName: crossPackageFileName(pkg),
      data: new Blob(zipChunks(entries, new Date(plan.createdAt)) as Uint8Array<ArrayBuffer>[], { type: 'application/zip' }),
      coverLetter: letter,
    };
    await onPackage(result);
    built.push(result);
  }
  return built;
}
