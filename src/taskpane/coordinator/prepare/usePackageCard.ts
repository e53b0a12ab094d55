import { useCallback, useState } from 'react';
import { openWorkbook } from '../../../office/workbooks';
import { copyText } from './copyText';
import { readPackageEntry } from './packageEntry';
import type { ReadyPackage } from './Preparation.types';
import { saveFile } from './saveFile';

export type LetterState = 'idle' | 'copied' | 'fallback';

export type OpenState =
  | { status: 'idle' }
  | { status: 'opening' }
  | { status: 'opened' }
  | { status: 'failed'; problem: string; detail: string | null };

export interface PackageCard {
  letter: LetterState;
  open: OpenState;
  save: () => void;
  copyLetter: () => void;
  openProtocol: () => void;
}

/** One package's actions: save the ZIP, copy the cover letter (or show it to copy by hand), open the protocol. */
export function usePackageCard(pkg: ReadyPackage): PackageCard {
  const [letter, setLetter] = useState<LetterState>('idle');
  const [open, setOpen] = useState<OpenState>({ status: 'idle' });

  const save = useCallback(() => saveFile(pkg.data, pkg.fileName), [pkg]);

  const copyLetter = useCallback(() => {
    void copyText(pkg.coverLetter).then((copied) => setLetter(copied ? 'copied' : 'fallback'));
  }, [pkg]);

  const openProtocol = useCallback(() => {
    setOpen({ status: 'opening' });
    void (async () => {
      // Only the protocol is unzipped, and only now: the package stays a Blob.
      const bytes = await readPackageEntry(pkg.data, pkg.protocolName).catch(() => null);
      if (!bytes) {
        setOpen({ status: 'failed', problem: 'no-protocol', detail: null });
        return;
      }
      const result = await openWorkbook(bytes);
      setOpen(result.ok ? { status: 'opened' } : { status: 'failed', problem: result.problem, detail: result.detail });
    })();
  }, [pkg]);

  return { letter, open, save, copyLetter, openProtocol };
}
