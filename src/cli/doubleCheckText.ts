import { counted, type Language, type WorkFinal } from '../engine';

/** Issue 11: the line `recheck merge` prints when works were scored twice; empty when none was. */
export function doubleCheckText(finals: readonly WorkFinal[], language: Language): string {
  const doubled = finals.filter((work) => work.rounds.filter((round) => round.round < 3).length >= 2 || work.status === 'third');
  if (doubled.length === 0) return '';
  const awaiting = finals.filter((work) => work.status === 'awaiting-third').length;
  const third = finals.filter((work) => work.status === 'third').length;
  return language === 'en'
    ? `Scored by two experts: ${doubled.length} works; settled by a third expert: ${third}; awaiting a third expert: ${awaiting} (recheck adjudicate).\n`
    : `Проверено двумя экспертами: ${counted(doubled.length, ['работа', 'работы', 'работ'])}; решено третьим экспертом: ${third}; ждут третьего эксперта: ${awaiting} (recheck adjudicate).\n`;
}
