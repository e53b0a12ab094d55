import { decodeEntryName } from '../../../src/engine/archive';
import { decodeCp1251, decodeCp866 } from '../../../src/engine/archive/names';
import { encodeCp1251, encodeCp866 } from '../../support/zipBuilder';
import { MUNICIPALITY, SCHOOL } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

const REALISTIC_NAMES = [
  `${MUNICIPALITY}/${SCHOOL}/4002_вар.1.pdf`,
  'МБОУ СОШ №131_ русский язык_6 класс/6А русский язык.pdf',
  'МАОУ Гимназия № 2 г. Иркутска, математика, 5 класс/4002 _вар.1.PDF',
  'Критерии оценивания.pdf',
  'КИМ вариант 2.pdf',
  'Протокол проверки.xlsx',
  'Сопроводительное письмо.docx',
  'Эхирит-Булагатский район',
  'Усть-Ордынский',
  'Шелеховский район',
  'ёлка.pdf',
  'тем.pdf',
  'щука',
  'физика',
  'ЕГЭ.pdf',
  'ФИО.pdf',
  'Сут.pdf',
  'вар.pdf',
];

describe('decodeEntryName', () => {
  it.each(REALISTIC_NAMES)('decodes the CP866 name %s written with no UTF-8 flag', (name) => {
    expect(decodeEntryName(encodeCp866(name), false)).toBe(name);
  });

  it.each(REALISTIC_NAMES)('decodes the CP1251 name %s written with no UTF-8 flag', (name) => {
    expect(decodeEntryName(encodeCp1251(name), false)).toBe(name);
  });

  it('decodes UTF-8 when the UTF-8 flag is set', () => {
    expect(decodeEntryName(utf8(`${SCHOOL}/4002_вар.1.pdf`), true)).toBe(`${SCHOOL}/4002_вар.1.pdf`);
  });

  it('decodes valid UTF-8 written without the flag as UTF-8', () => {
    expect(decodeEntryName(utf8(`${SCHOOL}/4002_вар.1.pdf`), false)).toBe(`${SCHOOL}/4002_вар.1.pdf`);
  });

  it('normalises decomposed (NFD) names from macOS to NFC, with and without the flag', () => {
    const name = 'Витимская СОШ/Лёша Йошкин.pdf';
    const nfd = utf8(name.normalize('NFD'));
    expect(nfd.length).toBeGreaterThan(utf8(name).length);
    expect(decodeEntryName(nfd, true)).toBe(name);
    expect(decodeEntryName(nfd, false)).toBe(name);
    expect(decodeEntryName(nfd, false).normalize('NFC')).toBe(decodeEntryName(nfd, false));
  });

  it('reads CP866 bytes that happen to form valid UTF-8 as CP866', () => {
    // CP866 «тем» is E2 A5 AC, the UTF-8 of U+296C; «ёлка» is F1 AB AA A0, a code point in plane 6.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(encodeCp866('тем'))).toBe('\u296C');
    expect(decodeEntryName(encodeCp866('тем'), false)).toBe('тем');
    expect(decodeEntryName(encodeCp866('ёлка.pdf'), false)).toBe('ёлка.pdf');
  });

  it('takes the archive’s code page for a name too short to decide alone', () => {
    expect(decodeEntryName(encodeCp1251('6б.pdf'), false, 'cp1251')).toBe('6б.pdf');
    expect(decodeEntryName(encodeCp866('ух.pdf'), false, 'cp866')).toBe('ух.pdf');
  });

  it('still prefers plausible UTF-8 over the archive’s code page', () => {
    expect(decodeEntryName(utf8('Иркутск.pdf'), false, 'cp1251')).toBe('Иркутск.pdf');
  });

  it('turns backslashes into slashes', () => {
    expect(decodeEntryName(encodeCp866(`${MUNICIPALITY}\\${SCHOOL}\\4002_вар.1.pdf`), false)).toBe(`${MUNICIPALITY}/${SCHOOL}/4002_вар.1.pdf`);
  });

  it('keeps ASCII names as they are', () => {
    expect(decodeEntryName(utf8('scans/4002_var1.pdf'), false)).toBe('scans/4002_var1.pdf');
  });

  it('does not throw on invalid UTF-8 under the UTF-8 flag', () => {
    expect(decodeEntryName(Uint8Array.of(0x61, 0xff, 0x62), true)).toBe('a\uFFFDb');
  });

  it('uses code page tables identical to the decoders ibm866 and windows-1251 for bytes 0x80–0xFF', () => {
    // Below 0x80 both are ASCII; Node's ICU ibm866 swaps 0x1A, 0x1C and 0x7F, which names never hold anyway.
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(decodeCp866(high)).toBe(new TextDecoder('ibm866').decode(high));
    expect(decodeCp1251(high)).toBe(new TextDecoder('windows-1251').decode(high));
  });
});
