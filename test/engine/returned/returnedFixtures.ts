/**
 * Merged data for the return tests: the merge tests' region (prepared by `preparePackages`), every protocol
 * filled by its expert with every error code 1–7 used somewhere, merged and counted. Test-only.
 */
import { BlobReader, TextWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { computeStatistics, mergeProtocols, type MergeResult, type StatisticsResult } from '../../../src/engine';
import { expertPoints, fillProtocol, prepareRegion, rowsOf, type PreparedRegion } from '../merge/returnedProtocols';

export interface MergedRegion {
  region: PreparedRegion;
  merged: MergeResult;
  statistics: StatisticsResult;
}

export async function mergedRegion(): Promise<MergedRegion> {
  const region = await prepareRegion('секрет-возврата');
  let code = 0;
  const inputs = [];
  for (const [packageId, blank] of region.protocols) {
    const rows = await rowsOf(blank);
    const scores = expertPoints(rows, { lowerEvery: 2 });
    const edits: Record<string, string | number> = {};
    rows.forEach((row, index) => {
      const school = row.schoolScore.kind === 'score' ? row.schoolScore.value : 0;
      if (scores[index] === null || scores[index] === school) return;
      const given = (code % 7) + 1;
      code += 1;
      edits[`I${row.row}`] = given;
      edits[`J${row.row}`] = given >= 6 ? `Пояснение к коду ${given}` : '';
    });
    inputs.push({ file: `${packageId}.xlsx`, data: await fillProtocol(blank, { lowerEvery: 2, edits }) });
  }
  const merged = await mergeProtocols(inputs, region.key);
  return { region, merged, statistics: computeStatistics(merged.rows) };
}

/** Every XML part of an .xlsx as text, to look for what must not be there anywhere (a hidden sheet, the properties). */
export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const reader = new ZipReader(new BlobReader(new Blob([bytes as Uint8Array<ArrayBuffer>])), { useWebWorkers: false });
  try {
    const parts: string[] = [];
    for (const entry of await reader.getEntries()) if (!entry.directory) parts.push(await (entry as FileEntry).getData(new TextWriter()));
    return parts.join('\n');
  } finally {
    await reader.close();
  }
}
