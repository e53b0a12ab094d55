import type { ErrorCode } from './types';

/**
 * «Ошибки, выявленные в ходе перепроверки»: the seven codes of the regulation's protocol form, with its texts.
 * Codes 6 and 7 («Другие (указать какие)») need a written explanation.
 */
export const ERROR_CODES: readonly ErrorCode[] = Object.freeze([
  {
    code: 1,
    text: 'В специальном поле для отметок бланка проверочной работы проставлены баллы при отсутствии ответа обучающегося',
    needsExplanation: false,
  },
  { code: 2, text: 'Пропуск явных ошибок обучающихся', needsExplanation: false },
  { code: 3, text: 'Оценка работ учителями не по критериям', needsExplanation: false },
  { code: 4, text: 'Исправление ответов обучающихся', needsExplanation: false },
  {
    code: 5,
    text: 'Помощь учителем/использование учебной литературы и других источников информации обучающимся при выполнении заданий, что привело к идентичным ответам',
    needsExplanation: false,
  },
  { code: 6, text: 'Другие (указать какие)', needsExplanation: true },
  { code: 7, text: 'Другие (указать какие)', needsExplanation: true },
].map((code) => Object.freeze(code)));

export function isErrorCode(code: number): boolean {
  return ERROR_CODES.some((entry) => entry.code === code);
}

export function needsExplanation(code: number): boolean {
  return ERROR_CODES.some((entry) => entry.code === code && entry.needsExplanation);
}
