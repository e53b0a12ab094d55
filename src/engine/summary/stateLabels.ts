import type { ProtocolState } from '../merge';
import type { Language } from '../wording';

/** A returned file's state in words, for the Журнал sheet, the pane and the CLI's summary. */
export const STATE_LABELS: Record<Language, Record<ProtocolState, string>> = {
  ru: {
    merged: 'сведён',
    incomplete: 'заполнен не полностью (сведены оценённые строки)',
    tampered: 'изменены данные ОО — не сведён',
    foreign: 'чужая подпись — не сведён',
    'unknown-package': 'пакета нет в ключе — не сведён',
    'wrong-version': 'другая версия формата — не сведён',
    'not-a-protocol': 'не протокол',
    'encrypted-workbook': 'защищён паролем — не сведён',
    'broken-workbook': 'не читается — не сведён',
    duplicate: 'повтор пакета',
  },
  en: {
    merged: 'merged',
    incomplete: 'incomplete (scored rows merged)',
    tampered: 'school data changed — not merged',
    foreign: 'signed with another key — not merged',
    'unknown-package': 'package not in the key — not merged',
    'wrong-version': 'another format version — not merged',
    'not-a-protocol': 'not a protocol',
    'encrypted-workbook': 'password-protected — not merged',
    'broken-workbook': 'unreadable — not merged',
    duplicate: 'duplicate package',
  },
};
