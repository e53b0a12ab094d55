import { normaliseSchool } from '../names';

const QUOTES = /["«»„“”‟'‘’‚‛`´]/gu;
const DASHES = /[‐‑‒–—―−]/gu;
// '№ 5', '№5', 'N 5', 'N5' (a Latin N typed for №) are one number sign; 'No' and words starting with N are left alone.
const NUMBER_SIGN = /(^|[^\p{L}])(?:№|N)\s*(?=\d)/gu;

/**
 * The comparable form of a school or municipality name: case, ё/е, all white space, every kind of quote and
 * dash, the spacing of № and Latin look-alikes in Cyrillic words do not matter. «МБОУ "СОШ № 5"» and
 * «мбоу сош №5» compare equal. Dropping all spaces may join two names that differ only in spacing, which is
 * what we want here: a false match only keeps an expert away from works, a false miss would be a conflict of
 * interest.
 */
export function organisationKey(name: string): string {
  return normaliseSchool(name)
    .normalize('NFC')
    .replace(QUOTES, '')
    .replace(DASHES, '-')
    .replace(NUMBER_SIGN, '$1№')
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/\s+/gu, '');
}

/**
 * Whether two names (schools or municipalities) name the same organisation, as far as text can tell.
 * An empty name matches nothing: an unknown workplace is reported when the experts list is read, not guessed here.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const key = organisationKey(a);
  return key !== '' && key === organisationKey(b);
}
