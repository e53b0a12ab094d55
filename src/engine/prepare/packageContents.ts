import type { ProtocolSpec, ProtocolWork } from '../protocol';
import { counted } from '../russianPlural';
import { russianDate } from '../russianDate';
import type { ScoredWork } from './joinSheets';

/** One expert's share of one subject and grade: a protocol workbook and the works it covers. */
export interface PackagePlan {
  packageId: string;
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
      schoolCode: schoolCodes.get(scored.schoolKey)!,
      workCode: scored.work.code!,
      variant: scored.row.variant!,
      tasks: scored.tasks.map((task) => ({
        task: task.task,
        max: task.max,
        schoolScore: scored.row.scores[task.task] ?? { kind: 'empty' as const },
      })),
    }))
    .sort((a, b) => a.schoolCode.localeCompare(b.schoolCode) || a.workCode.localeCompare(b.workCode, undefined, { numeric: true }));
  const variantTasks: ProtocolSpec['variantTasks'] = {};
  for (const scored of plan.works) variantTasks[scored.row.variant!] ??= scored.tasks;
  return {
    packageId: plan.packageId,
    expert: plan.expertName,
    subject: plan.subject,
    grade: plan.grade,
    createdAt,
    deadline,
    works,
    variantTasks,
  };
}

/** Where a work goes inside the package: `<Код ОО>/<code>_вар.<n>.pdf`, nothing else of the original name. */
export function workPathInPackage(scored: ScoredWork, schoolCodes: Map<string, string>): string {
  return `${schoolCodes.get(scored.schoolKey)}/${scored.work.code}_вар.${scored.row.variant}.pdf`;
}

export function protocolFileName(plan: PackagePlan): string {
  return `Протокол ${plan.packageId}.xlsx`;
}

/** The package's own file name, for the coordinator's folder: the expert, subject and grade. */
export function packageFileName(plan: PackagePlan): string {
  return `${plan.expertId} ${plan.expertName} — ${plan.subject}, ${plan.grade} класс.zip`.replace(/[\\/:*?"<>|]/g, '_');
}

export function formatDeadline(deadline: string | undefined): string {
  if (!deadline) return 'в срок, указанный координатором';
  return `до ${russianDate(deadline)}`;
}

/** The instruction inside every package: what to open, how to score, what to send back. */
export function instructionText(plan: PackagePlan, deadline: string | undefined): string {
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
export function coverLetterText(plan: PackagePlan, deadline: string | undefined): string {
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
