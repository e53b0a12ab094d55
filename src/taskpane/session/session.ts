import { createContext, useContext } from 'react';
import type { Bank, SchoolSummary } from '../../engine';
import type { HostInfo } from '../../office/host';
import type { IndexRequest } from '../engineRun';

/** The bank on screen: what the archives gave, and what they were read from. */
export interface SessionBank {
  bank: Bank;
  schools: SchoolSummary[];
  /** The archives chosen, with the password given. */
  request: IndexRequest;
  /** Names of the chosen archives that could not be opened (they are `broken-archive` problems of the bank). */
  unreadable: string[];
}

/** The coordinator's key workbook of the last preparation, for the steps that read it back. */
export interface SessionKey {
  workbook: Blob;
  /** The archives the packages were prepared from. */
  archives: string[];
}

/** What every screen of the pane shares: the Office host, the bank, the key. */
export interface Session {
  host: HostInfo;
  bank: SessionBank | null;
  setBank: (bank: SessionBank | null) => void;
  key: SessionKey | null;
  setKey: (key: SessionKey | null) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The archives a bank's works came from: the chosen ones that could be opened. */
export function readableArchives(bank: SessionBank): File[] {
  const unreadable = new Set(bank.unreadable);
  return bank.request.files.filter((file) => !unreadable.has(file.name));
}
