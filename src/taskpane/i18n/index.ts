export { chooseLanguage, messagesFor, MessagesContext, useMessages } from './useMessages';
export type { Language, Messages } from './messages';
