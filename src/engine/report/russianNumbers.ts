/**
 * Figures as a Russian publication prints them: decimal comma, thousands grouped by a no-break space, a true
 * minus sign, percentages with one decimal. A measure with no value reads «недостаточно данных», never a figure.
 */

export const NOT_ENOUGH_DATA = 'недостаточно данных';

const NO_BREAK_SPACE = '\u00a0';
const MINUS = '\u2212';

/** `value` with `decimals` digits after a decimal comma: 15.333 → «15,33»; 12345 → «12 345». */
export function russianNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE) : whole;
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** A signed figure: «+1,20», «−0,40», «0,00». Differences read at a glance which side gave more. */
export function russianSigned(value: number, decimals = 2): string {
  const text = russianNumber(value, decimals);
  return value > 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? `+${text}` : text;
}

/** A share 0…1 as a percentage with one decimal: 0.875 → «87,5 %». */
export function russianPercent(share: number): string {
  return `${russianNumber(share * 100, 1)}${NO_BREAK_SPACE}%`;
}

/** A nullable measure through `format`, or «недостаточно данных». */
export function measureText(value: number | null, format: (value: number) => string): string {
  return value === null ? NOT_ENOUGH_DATA : format(value);
}
