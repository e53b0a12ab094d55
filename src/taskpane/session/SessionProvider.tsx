import { useMemo, useState, type ReactNode } from 'react';
import type { HostInfo } from '../../office/host';
import { SessionContext, type Session, type SessionBank, type SessionKey } from './session';

/** Holds the session for the screens below: the host as given, the bank and key as the screens set them. */
export function SessionProvider({ host, children }: { host: HostInfo; children: ReactNode }) {
  const [bank, setBank] = useState<SessionBank | null>(null);
  const [key, setKey] = useState<SessionKey | null>(null);
  const session = useMemo<Session>(() => ({ host, bank, setBank, key, setKey }), [host, bank, key]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
