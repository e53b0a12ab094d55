/**
 * Latin letters that look like Cyrillic ones. Hand-typed names mix the two when the keyboard layout slips
 * ('СОШ' with a Latin C, 'вaр' with a Latin a, class '6A'), and the eye cannot tell them apart.
 */
const CYRILLIC_BY_LATIN: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у',
};

const LATIN_LETTER = /[A-Za-z]/;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** The Cyrillic letter a Latin letter looks like ('A' → 'А'), or undefined when it looks like none ('b', 'D'). */
export function cyrillicLookalike(letter: string): string | undefined {
  return CYRILLIC_BY_LATIN[letter];
}

/**
 * Replaces Latin look-alikes inside words that also hold Cyrillic letters ('CОШ' → 'СОШ', 'вaр' → 'вар').
 * A word is changed only when every Latin letter in it has a look-alike; pure-Latin words are kept as typed
 * ('IT', 'var'), since they may be meant. Lengths never change.
 */
export function foldMixedScriptWords(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    if (!LATIN_LETTER.test(word) || !CYRILLIC_LETTER.test(word)) return word;
    const folded = Array.from(word, (letter) => CYRILLIC_BY_LATIN[letter] ?? letter).join('');
    return LATIN_LETTER.test(folded) ? word : folded;
  });
}
