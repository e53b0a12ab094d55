/** What the analyst picked or dropped, as the merge's inputs: workbooks and ZIPs; lock and hidden files left out. */

/** Files the merge reads, as `recheck merge` takes them from a folder. */
const MERGED_FILE = /\.(xlsx|xlsm|zip)$/i;

export interface ProtocolFile {
  /** The path as given: a folder's relative path (`Протоколы/Протокол 1.xlsx`), else the file name. */
  file: string;
  data: File;
}

function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** The files to merge and the names of those that are not protocols or ZIPs (Excel's `~$` lock files are dropped silently). */
export function protocolFiles(files: readonly File[]): { accepted: ProtocolFile[]; skipped: string[] } {
  const accepted: ProtocolFile[] = [];
  const skipped: string[] = [];
  for (const data of files) {
    const name = data.name;
    if (name.startsWith('~$') || name.startsWith('.')) continue;
    if (MERGED_FILE.test(name)) accepted.push({ file: pathOf(data), data });
    else skipped.push(pathOf(data));
  }
  return { accepted, skipped };
}

/** The list after adding `added`: a file given again under the same path replaces the earlier one, order kept. */
export function withAdded(current: readonly ProtocolFile[], added: readonly ProtocolFile[]): ProtocolFile[] {
  const paths = new Set(added.map((entry) => entry.file));
  return [...current.filter((entry) => !paths.has(entry.file)), ...added];
}
