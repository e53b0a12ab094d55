import type { ProtocolSpec, ProtocolWork } from '../protocol';
import { counted } from '../russianPlural';
import { russianDate } from '../russianDate';
import type { ScoredWork } from './joinSheets';
import type { Reviewer } from '../assignment';
import { protocolFileName, workPathInPackage } from './packageLayout';

/** One reviewer's share of one subject and grade in one round: a protocol workbook and the works it covers. */
export interface PackagePlan {
  packageId: string;
  round: number;
  reviewer: Reviewer;
  /** The reviewer's id and name (kept for the callers that show them). */
  expertId: string;
  expertName: string;
  subject: string;
  grade: number;
  works: ScoredWork[];
}

/** The protocol's prefilled data: depersonalised by construction — school codes and participant codes only. */
export function protocolSpecOf(plan: PackagePlan, schoolCodes: Map<string, string>, createdAt: string, deadline?: string): ProtocolSpec {
  const works: ProtocolWork[] = plan.works
    .map((scored) => ({
      schoolCode: schoolCodeOf(scored, schoolCodes),
      workCode: scored.work.code,
      variant: scored.work.variant,
      tasks: scored.tasks.map((task) => ({
        task: task.task,
        max: task.max,
        schoolScore: scored.row.scores[task.task] ?? { kind: 'empty' as const },
      })),
    }))
    .sort((a, b) => a.schoolCode.localeCompare(b.schoolCode) || a.workCode.localeCompare(b.workCode, undefined, { numeric: true }));
  const variantTasks: ProtocolSpec['variantTasks'] = {};
  for (const scored of plan.works) variantTasks[scored.work.variant] ??= scored.tasks;
  return {
    packageId: plan.packageId,
    round: plan.round,
    reviewer: plan.reviewer.kind,
    expert: plan.expertName,
    subject: plan.subject,
    grade: plan.grade,
    createdAt,
    deadline,
    works,
    variantTasks,
  };
}

/** The Код ОО of a scored work's school; every school of a plan has one (codes are given before plans). */
export function schoolCodeOf(scored: ScoredWork, schoolCodes: Map<string, string>): string {
  const code = schoolCodes.get(scored.schoolKey);
  if (code === undefined) throw new Error(`no school code for ${scored.work.school}`);
  return code;
}

/** Where a work goes inside the package (see packageLayout). */
export function workPathOf(scored: ScoredWork, schoolCodes: Map<string, string>): string {
  return workPathInPackage(schoolCodeOf(scored, schoolCodes), scored.work.code, scored.work.variant);
}

/** The package's own file name, for the coordinator's folder: the reviewer, subject and grade (and a later round). */
export function packageFileName(plan: Pick<PackagePlan, 'round' | 'expertId' | 'expertName' | 'subject' | 'grade'>): string {
  const round = plan.round > 1 ? ` (тур ${plan.round})` : '';
  return `${plan.expertId} ${plan.expertName} — ${plan.subject}, ${plan.grade} класс${round}.zip`.replace(/[\\/:*?"<>|]/g, '_');
}

export function formatDeadline(deadline: string | undefined): string {
  if (!deadline) return 'в срок, указанный координатором';
  return `до ${russianDate(deadline)}`;
}

/** The instruction inside every package: what to open, how to score, what to send back. */
export function instructionText(plan: Pick<PackagePlan, 'packageId' | 'subject' | 'grade'>, deadline: string | undefined): string {
  return [
    `Перепроверка работ: ${plan.subject}, ${plan.grade} класс. Пакет ${plan.packageId}.`,
    '',
    'Что в пакете:',
    `  ${protocolFileName(plan)} — протокол перепроверки (книга Excel);`,
    '  папки «ОО-…» — сканы работ; имя файла — код участника и вариант;',
    '  «Материалы» — варианты работы и критерии оценивания.',
    '',
    'Как работать:',
    '  1. Откройте протокол в Excel (надстройка Recheck покажет скан рядом с таблицей, но работать можно и без неё).',
    '  2. Для каждой работы и задания поставьте в столбце «Балл эксперта» балл строго по критериям (0…макс.) или X, если ответа нет.',
    '  3. Где ваш балл отличается от балла ОО, выберите «Код ошибки» (1–7); для кодов 6 и 7 напишите «Пояснение».',
    '     Где баллы совпадают, код ошибки не ставится.',
    '  4. Заполните лист «Комментарии»: трудные задания (+), возможные причины, мнение о работе и критериях.',
    '  5. Выделенные цветом строки требуют внимания: пока они есть, протокол не заполнен.',
    '',
    `Что вернуть ${formatDeadline(deadline)}:`,
    '  файл протокола Excel и скан его распечатанной копии с вашей подписью.',
    '',
    'Работы обезличены: не пытайтесь установить школу или ученика и не передавайте материалы третьим лицам.',
    '',
  ].join('\r\n');
}

/** The cover letter the coordinator sends with the package (text to paste into an e-mail). */
export function coverLetterText(plan: Pick<PackagePlan, 'packageId' | 'expertName' | 'subject' | 'grade'> & { works: readonly unknown[] }, deadline: string | undefined): string {
  return [
    `Уважаемый(ая) ${plan.expertName}!`,
    '',
    `Направляем пакет для перепроверки работ: ${plan.subject}, ${plan.grade} класс (пакет ${plan.packageId}).`,
    `В пакете ${counted(plan.works.length, ['работа', 'работы', 'работ'])}, протокол перепроверки, варианты и критерии оценивания, инструкция.`,
    `Просим вернуть заполненный протокол (файл Excel) и скан подписанной распечатки ${formatDeadline(deadline)}.`,
    '',
    'Материалы конфиденциальны и предназначены только для перепроверки.',
  ].join('\n');
}
