import { planCross, prepareCross, type CrossPlan, type PdfOpenCheck, type PdfTextReader } from '../../engine';
import type { CrossCount, CrossPlanRequest, CrossPlanView, CrossPrepared, CrossProgress } from './crossApi';
import { indexReadable } from './indexReadable';
import { throttled } from './throttle';

const named = (file: File) => ({ name: file.name, data: file });

/** The typed counts as the engine's counts table (CSV with a header the engine finds by text). */
export function countsCsv(counts: readonly CrossCount[]): string {
  const field = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return ['Школа;Предмет;Класс;Работ', ...counts.map((c) => [c.school, c.subject, c.class, String(c.works)].map(field).join(';'))].join('\r\n');
}

function planOptions(request: CrossPlanRequest, signal: AbortSignal, pdfText: PdfTextReader | undefined) {
  return {
    pdfText,
    archives: request.archives.map(named),
    password: request.password || undefined,
    forms: request.forms.map(named),
    counts: request.counts.length > 0 ? { name: 'counts.csv', data: new Blob([countsCsv(request.counts)]) } : undefined,
    seed: request.seed,
    overrides: request.overrides,
    deadline: request.deadline || undefined,
    signal,
  };
}

function planView(plan: CrossPlan, bank: CrossPlanView['bank']): CrossPlanView {
  return {
    bank,
    classrooms: plan.classrooms.map(({ work, works, worksFrom }) => ({
      archive: work.archive, path: work.path, school: work.school, subject: work.subject, grade: work.grade, class: work.class, pages: work.pages, works, worksFrom,
    })),
    schools: plan.schools.map((s) => ({ ...s })),
    problems: plan.problems,
  };
}

/** The archives read once (an unreadable one is a `broken-archive` problem, as in the coordinator's view). */
async function bankOf(request: CrossPlanRequest, signal: AbortSignal, report: (progress: CrossProgress) => void, pdfOpenCheck?: PdfOpenCheck) {
  if (request.bank) return request.bank;
  const indexed = await indexReadable({ files: request.archives, password: request.password }, signal, (p) => report({ stage: 'index', done: p.done, total: p.total ?? 0, archive: p.archive }), pdfOpenCheck);
  return indexed.bank;
}

function reporter(onProgress: (progress: CrossProgress) => void) {
  let stage = '';
  return throttled(onProgress, (progress: CrossProgress) => {
    const changed = progress.stage !== stage;
    stage = progress.stage;
    return changed || (progress.total > 0 && progress.done >= progress.total);
  });
}

/** «Предложить маршрут»: the archives indexed (once), the classrooms with their counts, the routing and the problems. */
export async function crossPlanInWorker(
  request: CrossPlanRequest, signal: AbortSignal, onProgress: (progress: CrossProgress) => void, pdfOpenCheck?: PdfOpenCheck, pdfText?: PdfTextReader,
): Promise<CrossPlanView> {
  const report = reporter(onProgress);
  const bank = await bankOf(request, signal, report, pdfOpenCheck);
  report({ stage: 'plan', done: 0, total: 0 });
  const plan = await planCross({ ...planOptions(request, signal, pdfText), bank });
  signal.throwIfAborted();
  return planView(plan, bank);
}

/** «Подготовить пакеты»: one ZIP per checking school and test, and the key, as Blobs (no bytes copied to the pane). */
export async function crossPrepareInWorker(
  request: CrossPlanRequest, signal: AbortSignal, onProgress: (progress: CrossProgress) => void, pdfOpenCheck?: PdfOpenCheck, pdfText?: PdfTextReader,
): Promise<CrossPrepared> {
  const report = reporter(onProgress);
  const bank = await bankOf(request, signal, report, pdfOpenCheck);
  const packages: CrossPrepared['packages'] = [];
  const result = await prepareCross(
    { ...planOptions(request, signal, pdfText), bank, pdfOpenCheck, onProgress: (stage, done, total) => report({ stage: stage === 'index' ? 'index' : 'packages', done, total }) },
    async (pkg) => {
      packages.push({
        fileName: pkg.fileName, data: pkg.data, coverLetter: pkg.coverLetter, checker: pkg.plan.checker, checkerCipher: pkg.plan.checkerCipher,
        subject: pkg.plan.subject, grade: pkg.plan.grade, files: pkg.plan.files.length, works: pkg.plan.files.reduce((sum, f) => sum + (f.works ?? 0), 0),
      });
    },
  );
  signal.throwIfAborted();
  return {
    ...planView(result.plan, bank),
    packages,
    keyWorkbook: new Blob([result.keyWorkbook as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  };
}
