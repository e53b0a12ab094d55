import { foldMixedScriptWords } from './lookalikes';

/** Trim, collapse every run of white space (no-break spaces included) to one space, fold Latin look-alikes in Cyrillic words. */
export function normaliseName(name: string): string {
  return foldMixedScriptWords(name.replace(/\s+/gu, ' ').trim());
}

/** 'Русский  язык ' → 'русский язык'; underscores typed for spaces count as spaces ('русский_язык'). */
export function normaliseSubject(subject: string): string {
  return normaliseName(subject.replace(/_/g, ' ')).toLowerCase();
}

/** Trim and collapse spaces; case and punctuation stay as typed ('МБОУ СОШ №131'). */
export function normaliseSchool(school: string): string {
  return normaliseName(school);
}
