export { readableArchives, useSession, type Session, type SessionBank, type SessionKey } from './session';
export { SessionProvider } from './SessionProvider';
