import type { DocumentKind } from '../bank/types';
import { foldMixedScriptWords } from './lookalikes';

// Word edges for Cyrillic: JavaScript's \b knows only ASCII letters.
const START = '(?<!\\p{L})';
const END = '(?!\\p{L})';

function words(...patterns: string[]): RegExp {
  return new RegExp(patterns.join('|'), 'u');
}

const COVER_LETTER = words('сопровод', `${START}письм`, 'covering', `${START}cover[\\s_-]*letter`);
const CRITERIA = words('критери', `систем\\p{L}*[\\s_]+оценивани`, 'criteri');
const ANSWER_KEYS = words(`${START}ключ(?:и|ей|ам|ом)?${END}`, `${START}ответ(?:ы|ов|ам|ами)?${END}`, `${START}answers?${END}`);
// 'Ответы учащихся 6А', 'Бланки ответов': the pupils' own answers are works, not the answer keys.
const PUPILS_ANSWERS = words('бланк', `${START}ответ\\p{L}*[\\s_]+(?:уча|обуча|учени|участ|дет)`);
// Deliberately not 'вар': a pupil's work ('4002_вар.1') says that too; a bare 'вар.1' stays a misnamed work.
const VARIANT = words(
  `${START}вариант`,
  `${START}ким(?:ы|ов|а)?${END}`,
  'задани',
  `${START}текст\\p{L}*[\\s_]+(?:работ|впр|проверочн)`,
  'демоверси',
);

/** What a school's document is, judged by the words in its name; null when the name says none of them. */
export function documentKindByWords(stem: string): Exclude<DocumentKind, 'score-sheet' | 'document'> | null {
  const text = foldMixedScriptWords(stem).toLowerCase();
  // A letter about the criteria is still a letter; criteria with their tasks are still criteria.
  if (COVER_LETTER.test(text)) return 'cover-letter';
  if (CRITERIA.test(text) || (ANSWER_KEYS.test(text) && !PUPILS_ANSWERS.test(text))) return 'criteria';
  if (VARIANT.test(text)) return 'variant';
  return null;
}
