import { stripCopyMarks } from './copySuffix';
import { pdfStem } from './extension';
import { foldMixedScriptWords } from './lookalikes';

export interface WorkFileName {
  /** Participant code as typed: 4–6 digits, leading zeros kept. */
  code: string;
  variant: number;
}

/**
 * '<code>_вар.<variant>': the code, an optional separator, the word (вар, вариант, var, variant; any case;
 * Latin look-alikes such as 'BAP' or 'вaр'), an optional separator, the variant number, nothing else.
 */
const WORK_NAME = /^(\d{4,6})[\s_.\-–—]*(?:вар(?:иант)?|var(?:iant)?|bap)[\s_.\-–—:№#]*(\d{1,2})[\s.]*$/u;

/** A pupil's scan name: '4002_вар.1.pdf' → {code: '4002', variant: 1}; null when the code or the variant is not stated. */
export function parseWorkFileName(fileName: string): WorkFileName | null {
  const stem = pdfStem(fileName);
  if (stem === null) return null;
  const text = foldMixedScriptWords(stripCopyMarks(stem)).toLowerCase();
  const match = WORK_NAME.exec(text);
  if (!match) return null;
  const variant = Number(match[2]);
  if (variant < 1) return null;
  return { code: match[1], variant };
}
