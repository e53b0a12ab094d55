import type { DocumentKind, ProblemCode } from '../../engine';

export type Language = 'ru' | 'en';

/** Everything the pane says to a person, in one language. Components read it through `useMessages()`. */
export interface Messages {
  language: Language;
  productName: string;
  loading: string;
  unsupported: {
    title: string;
    body: string;
    /** What the host reported, for the person who asks IT for help. */
    detected: (hostName: string, highestExcelApi: string | null) => string;
  };
  start: {
    intro: string;
    roles: { coordinator: string; expert: string; analyst: string };
    localOnly: string;
    outsideExcel: string;
    nextTitle: string;
    loadArchives: string;
    loadArchivesHint: string;
    otherRolesTitle: string;
    expertNext: string;
    analystNext: string;
    otherRolesLater: string;
  };
  archives: {
    title: string;
    back: string;
    intro: string;
    passwordLabel: string;
    passwordHint: string;
    choose: string;
    dropHint: string;
    dropActive: string;
    skippedNotZip: (names: string[]) => string;
    selected: (names: string[]) => string;
    progress: (archive: string, done: number, total: number | undefined) => string;
    starting: string;
    cancel: string;
    cancelled: string;
    unreadableTitle: (archive: string) => string;
    unreadableBody: (reason: string | null) => string;
    failedTitle: string;
    retry: string;
    retryWithout: (archive: string) => string;
    loadOther: string;
    summary: (works: number, pages: number, schools: number) => string;
    noWorks: string;
    schoolsTitle: string;
    classLine: (subject: string, grade: number) => string;
    worksLine: (works: number, pages: number) => string;
    classroomScansLine: (scans: number, pages: number) => string;
    documentKinds: Record<DocumentKind, string>;
    documentCount: (label: string, count: number) => string;
    noScoreSheet: string;
    passwordProblemsHint: string;
    reindex: string;
  };
  problems: {
    title: (count: number) => string;
    none: string;
    /**
     * A short title per problem code. Partial on purpose: the engine adds codes faster than the pane shows
     * them; a code without a title is still shown, under `untitled(code)`, with the engine's message.
     */
    titles: Partial<Record<ProblemCode, string>>;
    untitled: (code: string) => string;
    showAll: (count: number) => string;
    showFewer: string;
    /** Where inside a workbook the problem is, e.g. `Протокол!H12`. */
    cell: (cell: string) => string;
    inArchive: (archive: string) => string;
  };
}
