/** Splits what a person chose or dropped into ZIP archives and other files (which are named, not dropped). */
export function splitZipFiles(files: readonly File[]): { archives: File[]; skipped: string[] } {
  const archives: File[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (/\.zip$/i.test(file.name)) archives.push(file);
    else skipped.push(file.name);
  }
  return { archives, skipped };
}
