import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readScoreSheet, type ScoreSheet, type ScoreSheetResult, type SheetSource } from '../../../src/engine/scoreSheets';
import type { Problem } from '../../../src/engine/problems';

export const FORMS_DIR = path.join(__dirname, '../../fixtures/school-forms');

export function realForm(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FORMS_DIR, name)));
}

export const SOURCE: SheetSource = { archive: 'Боханский район.zip', path: 'МБОУ Витимская СОШ, английский язык, 8 класс/протокол.xlsx' };

export async function read(bytes: Uint8Array, source: SheetSource = SOURCE): Promise<ScoreSheetResult> {
  return readScoreSheet(bytes, source);
}

/** Reads a sheet that must be readable and returns it with its problems. */
export async function readOk(bytes: Uint8Array): Promise<{ sheet: ScoreSheet; problems: Problem[] }> {
  const result = await readScoreSheet(bytes, SOURCE);
  if (!result.ok) throw new Error(`expected a readable sheet, got ${JSON.stringify(result.problems)}`);
  return { sheet: result.sheet, problems: result.problems };
}

export function codesOf(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.problem);
}
