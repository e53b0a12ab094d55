import type { Language } from '../../i18n';

/** The texts of «Сохранить все пакеты» (issue 9), kept beside it. */
export interface SaveAllMessages {
  saveAll: (count: number) => string;
  saving: (saved: number, total: number) => string;
  saved: (total: number) => string;
  hint: string;
}

const ru: SaveAllMessages = {
  saveAll: (count) => `Сохранить все пакеты (${count})`,
  saving: (saved, total) => `Сохраняется ${saved} из ${total}…`,
  saved: (total) => `Сохранено пакетов: ${total}. Они в папке загрузок.`,
  hint: 'Если браузер или Excel спросит, можно ли скачать несколько файлов, — разрешите.',
};

const en: SaveAllMessages = {
  saveAll: (count) => `Save all packages (${count})`,
  saving: (saved, total) => `Saving ${saved} of ${total}…`,
  saved: (total) => `Packages saved: ${total}. They are in the downloads folder.`,
  hint: 'If the browser or Excel asks whether the page may download several files, allow it.',
};

export function saveAllMessages(language: Language): SaveAllMessages {
  return language === 'ru' ? ru : en;
}
