/**
 * LibreOffice headless for tests: opens generated workbooks the way a user without Excel would, re-saves them
 * as xlsx, or exports every sheet to CSV with formulas computed. LibreOffice takes 2–5 s to start: convert
 * many files in one run. Each run gets its own user profile (-env:UserInstallation), so runs never share or
 * lock one. Test-only (child_process, fs).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LibreOfficeFile {
  /** File name with its extension, e.g. `fresh.xlsx`; unique within one run. */
  name: string;
  bytes: Uint8Array;
}

/**
 * `xlsx`: open and save again (Calc MS Excel 2007 XML). `csv`: every sheet to `<base>-<sheet>.csv`, UTF-8,
 * comma-separated, raw values (not as formatted), formulas computed. `txt`: a text document (`.docx`) as UTF-8
 * plain text, a paragraph or a table cell a line.
 */
export type LibreOfficeTarget = 'xlsx' | 'csv' | 'txt';

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const FILTERS: Record<LibreOfficeTarget, string> = { xlsx: 'xlsx:Calc MS Excel 2007 XML', csv: CSV_ALL_SHEETS, txt: 'txt:Text (encoded):UTF8' };

export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** Converts the files in one soffice run and returns the output files by name. */
export async function convertWithLibreOffice(
  files: readonly LibreOfficeFile[],
  target: LibreOfficeTarget,
  options: { timeoutMs?: number } = {},
): Promise<Map<string, Uint8Array>> {
  const work = mkdtempSync(join(tmpdir(), 'recheck-lo-'));
  const inputDir = join(work, 'in');
  const outputDir = join(work, 'out');
  const profile = join(work, 'profile');
  try {
    mkdirSync(inputDir, { recursive: true });
    const paths = files.map((file) => {
      const path = join(inputDir, file.name);
      writeFileSync(path, file.bytes);
      return path;
    });
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      FILTERS[target],
      '--outdir',
      outputDir,
      ...paths,
    ];
    await run(SOFFICE, args, options.timeoutMs ?? 120_000);
    const outputs = new Map<string, Uint8Array>();
    for (const name of safeReaddir(outputDir)) outputs.set(name, new Uint8Array(readFileSync(join(outputDir, name))));
    return outputs;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => {
      // soffice starts helper processes: end the whole group it leads, which this run started.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
      reject(new Error(`soffice did not finish in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${command} (is LibreOffice installed? set SOFFICE to its path): ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice exited with ${code}:\n${output}`));
    });
  });
}

/** A CSV export as rows of cells (RFC 4180 quoting, as LibreOffice writes it). */
export function parseCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
