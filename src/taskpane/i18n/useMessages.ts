import { createContext, useContext } from 'react';
import { en } from './en';
import type { Language, Messages } from './messages';
import { ru } from './ru';

export const MessagesContext = createContext<Messages>(ru);

/** The texts of the pane's current language. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The pane speaks Russian when Office does, and outside Office; English otherwise. */
export function chooseLanguage(displayLanguage: string | null): Language {
  if (!displayLanguage) return 'ru';
  return displayLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function messagesFor(language: Language): Messages {
  return language === 'ru' ? ru : en;
}
