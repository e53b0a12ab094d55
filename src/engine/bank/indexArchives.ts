import { ArchiveEntryError, readArchive, type ArchiveCodecs, type ArchiveFile, type ArchiveInput } from '../archive';
import { classifyFile, parseClassroomFileName, parseWorkFileName, placeFile, type Placement } from '../names';
import { inspectPdf, type PdfOpenCheck } from '../pdf';
import { makeProblem, type Problem, type ProblemFacts } from '../problems';
import { separateDuplicates, type Candidate } from './duplicates';
import { OrderedPipeline } from './orderedPipeline';
import type { Bank, ClassroomWork, PupilWork, SchoolDocument, Work } from './types';

export interface IndexProgress {
  archive: string;
  /** Files of this archive looked at so far. */
  done: number;
  /** Files of this archive known so far (grows when a nested archive is opened). */
  total: number;
}

export interface IndexOptions {
  password?: string;
  onProgress?: (progress: IndexProgress) => void;
  signal?: AbortSignal;
  /** Native CRC-32 and inflation, when the platform has them (the CLI hands in Node's zlib). */
  codecs?: ArchiveCodecs;
  /** The viewer's reader, for PDFs the inspector had to repair (see pdf/openCheck.ts); without it they are problems. */
  pdfOpenCheck?: PdfOpenCheck;
}

/** Files read and checked at once, and the most bytes they may hold together (at least one file always runs). */
const FILES_IN_FLIGHT = 3;
const BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/**
 * Turns the municipalities' archives into a bank of works. Every file of every archive ends up in exactly
 * one place: a work, a school document, or a problem that says what to ask the sender for.
 * Archives are read lazily, a few entries at a time (see OrderedPipeline); a top-level archive that cannot be
 * opened rejects with the archive reader's ArchiveUnreadableError.
 */
export async function indexArchives(inputs: ArchiveInput[], options: IndexOptions = {}): Promise<Bank> {
  const candidates: Candidate[] = [];
  const documents: SchoolDocument[] = [];
  const problems: Problem[] = [];

  for (const input of inputs) {
    let done = 0;
    let total = 0;
    const onListed = (items: number) => {
      total += items;
    };
    const pipeline = new OrderedPipeline<Outcome>(FILES_IN_FLIGHT, BYTES_IN_FLIGHT, (outcome) => {
      options.signal?.throwIfAborted();
      if (outcome.type === 'work') candidates.push(outcome.candidate);
      else if (outcome.type === 'document') documents.push(outcome.document);
      else problems.push(outcome.problem);
      done += 1;
      options.onProgress?.({ archive: input.name, done, total });
    });
    for await (const item of readArchive(input, { password: options.password, onListed, codecs: options.codecs })) {
      options.signal?.throwIfAborted();
      if (item.type === 'problem') await pipeline.push(async () => ({ type: 'problem', problem: item.problem }), 0);
      else await pipeline.push(() => judgeFile(item.file, options.pdfOpenCheck), item.file.size);
    }
    await pipeline.drain();
  }

  const separated = separateDuplicates(candidates);
  return {
    works: separated.works,
    documents,
    problems: [...problems, ...separated.problems],
  };
}

type Outcome =
  | { type: 'work'; candidate: Candidate }
  | { type: 'document'; document: SchoolDocument }
  | { type: 'problem'; problem: Problem };

async function judgeFile(file: ArchiveFile, pdfOpenCheck: PdfOpenCheck | undefined): Promise<Outcome> {
  const problem = (facts: ProblemFacts): Outcome => ({ type: 'problem', problem: makeProblem(file.archive, file.path, facts) });

  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
  const role = classifyFile(fileName);
  if (role.role === 'other' || role.role === 'archive') return problem({ problem: 'unknown-file' });
  if (role.role === 'old-excel') return problem({ problem: 'old-excel' });

  const placement = placeFile(file.archive, file.path);
  if (!placement) return problem({ problem: 'unknown-folder' });
  const { schoolFolder } = placement;

  if (role.role === 'document') {
    return {
      type: 'document',
      document: {
        archive: file.archive,
        path: file.path,
        kind: role.kind,
        municipality: placement.municipality,
        school: schoolFolder.school,
        subject: schoolFolder.subject,
        grade: schoolFolder.grade,
      },
    };
  }

  const identity = identifyWork(placement);
  if (!identity) {
    return problem({ problem: 'bad-name', expected: schoolFolder.layout === 'work' ? 'work' : 'classroom' });
  }

  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    if (error instanceof ArchiveEntryError) return problem(error.facts);
    throw error;
  }
  const inspection = await inspectPdf(bytes, { openCheck: pdfOpenCheck });
  if (!inspection.ok) {
    const { ok: _ok, ...facts } = inspection;
    return problem(facts);
  }

  const work: Work = {
    archive: file.archive,
    path: file.path,
    municipality: placement.municipality,
    school: schoolFolder.school,
    subject: schoolFolder.subject,
    grade: schoolFolder.grade,
    ...identity,
    pages: inspection.pages,
    bytes: bytes.byteLength,
  };
  return { type: 'work', candidate: { work, schoolKey: placement.schoolFolderPath, digest: `${bytes.byteLength}:${file.crc32}` } };
}

type WorkIdentity = Pick<PupilWork, 'kind' | 'code' | 'variant' | 'class'> | Pick<ClassroomWork, 'kind' | 'code' | 'variant' | 'class'>;

/**
 * What the file name says the scan is. The folder's layout decides which rule is tried first; a file named
 * by the other rule is still understood (schools mix the two), never guessed beyond what the name says.
 */
function identifyWork(placement: Placement): WorkIdentity | null {
  const asWork = (): WorkIdentity | null => {
    const name = parseWorkFileName(placement.fileName);
    return name && { kind: 'work', code: name.code, variant: name.variant, class: null };
  };
  const asClassroom = (): WorkIdentity | null => {
    const name = parseClassroomFileName(placement.fileName);
    return name && { kind: 'classroom', code: null, variant: null, class: name.class };
  };
  return placement.schoolFolder.layout === 'work' ? (asWork() ?? asClassroom()) : (asClassroom() ?? asWork());
}
