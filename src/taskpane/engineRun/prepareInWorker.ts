import { preparePackages, type PdfOpenCheck } from '../../engine';
import type { PreparedResult, PrepareProgress, ReadyPackage } from '../coordinator/prepare/Preparation.types';
import { preparedResult, readyPackage } from '../coordinator/prepare/preparedResult';
import type { PrepareRequest } from './engineApi';
import { throttled } from './throttle';

const named = (file: File) => ({ name: file.name, data: file });

/**
 * The worker's preparation: a thin call of the engine's `preparePackages`, every package kept as the engine's
 * Blob (it crosses to the pane without copying the bytes). A stage's first and last reports always pass.
 */
export async function prepareInWorker(
  request: PrepareRequest,
  signal: AbortSignal,
  onProgress: (progress: PrepareProgress) => void,
  pdfOpenCheck?: PdfOpenCheck,
): Promise<PreparedResult> {
  let stage = '';
  const report = throttled(onProgress, (progress: PrepareProgress) => {
    const changed = progress.stage !== stage;
    stage = progress.stage;
    return changed || (progress.total > 0 && progress.done >= progress.total);
  });
  const packages: ReadyPackage[] = [];
  const result = await preparePackages(
    {
      archives: request.archives.map(named),
      bank: request.bank,
      pdfOpenCheck,
      password: request.password || undefined,
      extraSheets: request.sheets.map(named),
      experts: named(request.experts),
      seed: request.seed,
      copies: request.copies,
      share: request.share,
      deadline: request.deadline || undefined,
      onProgress: (progress) => report({ ...progress }),
      signal,
    },
    async (pkg) => {
      packages.push(readyPackage(pkg));
    },
  );
  // A cancel that came after the engine's last look at the signal still means "cancelled".
  signal.throwIfAborted();
  return preparedResult(result, packages, request.archives.length);
}
