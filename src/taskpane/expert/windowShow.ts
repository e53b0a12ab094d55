/**
 * What the pane tells the viewer window for the selected row: the work's key and scan path, the task, the next
 * work (rendered ahead), the position. Pure.
 */
import { workKey, type PackageNames, type ProtocolRow } from '../../engine';
import type { ShowMessage, WindowWork } from '../viewerWindow/windowMessages';
import type { ProtocolWorkEntry } from './protocolWorks';

function windowWork(entry: ProtocolWorkEntry | undefined, names: PackageNames): WindowWork | null {
  if (!entry) return null;
  const path = names.works.get(entry.key);
  return path ? { key: entry.key, path, schoolCode: entry.schoolCode, workCode: entry.workCode, variant: entry.variant } : null;
}

/**
 * The window's `show` for `row`; null without a package. In «По заданиям» the next work is the next one that
 * has the same task (`nextKey`), as that is where T goes.
 */
export function windowShowFor(
  packageId: string,
  row: ProtocolRow | null,
  works: readonly ProtocolWorkEntry[],
  names: PackageNames | null,
  byTask: boolean,
  nextKey: string | null = null,
): ShowMessage | null {
  if (!names) return null;
  const key = row ? workKey(row.schoolCode, row.workCode) : null;
  const index = key ? works.findIndex((work) => work.key === key) : -1;
  const next = nextKey !== null ? works.find((work) => work.key === nextKey) : index >= 0 ? works[index + 1] : undefined;
  return {
    kind: 'show',
    packageId,
    work: index >= 0 ? windowWork(works[index], names) : null,
    task: row?.task ?? null,
    next: windowWork(next, names),
    index: Math.max(0, index),
    total: works.length,
    byTask,
  };
}
