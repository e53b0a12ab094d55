import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MergedProtocol, MergeInput, ProblemFacts } from '../engine';
import { openUserFile, UserFileError } from './files';

/** Files a folder of returned protocols may hold that the merge reads: workbooks and ZIPs of them. */
const MERGED_FILE = /\.(xlsx|xlsm|zip)$/i;

/** Every protocol or ZIP under a folder, depth first, sorted by name; Excel's `~$` lock files and hidden files left out. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (MERGED_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

/** A file given that could not be opened: listed as a broken file of the result, never dropped. */
function unopened(file: string, facts: ProblemFacts): MergedProtocol {
  return {
    file, state: 'broken-workbook', packageId: null, expert: null, round: null, subject: null, grade: null, completedAt: null, works: 0, rows: 0,
    problems: [{ cell: '', work: '', task: '', ...facts }],
  };
}

/** The paths given, folders expanded, as merge inputs with their modification times; what cannot be opened, apart. */
export async function mergeInputs(paths: readonly string[]): Promise<{ inputs: MergeInput[]; unopened: MergedProtocol[] }> {
  const inputs: MergeInput[] = [];
  const failed: MergedProtocol[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    const files = info?.isDirectory() ? await filesUnder(path) : [path];
    for (const file of files) {
      try {
        const { data } = await openUserFile(file);
        const modified = (await stat(file)).mtime.toISOString();
        inputs.push({ file, data, modified });
      } catch (error) {
        if (!(error instanceof UserFileError)) throw error;
        failed.push(unopened(file, error.facts));
      }
    }
  }
  return { inputs, unopened: failed };
}
