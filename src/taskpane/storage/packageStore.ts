/**
 * Experts' packages kept on this computer, by package id: the expert chooses the ZIP once and, reopening the
 * protocol tomorrow, the works are simply there. The Blob is stored as it is (browsers keep it on disk, not in
 * memory); the package is read lazily from it. Rotations of works are kept per package too.
 */
import { storageKey, storagePrefix, transaction, type StorageResult } from './database';

export interface StoredPackage {
  packageId: string;
  /** The file's name as the expert chose it. */
  fileName: string;
  size: number;
  /** ISO time. */
  storedAt: string;
  data: Blob;
}

const PACKAGE = 'package';
const ROTATIONS = 'rotations';
/** Issue 12: the page each task sits on, per package (src/taskpane/viewer/taskPageStore.ts). */
export const TASK_PAGES = 'task-pages';

export async function savePackage(entry: StoredPackage): Promise<StorageResult<void>> {
  const result = await transaction('readwrite', (store) => store.put(entry, storageKey(PACKAGE, entry.packageId)));
  return result.ok ? { ok: true, value: undefined } : result;
}

export async function loadPackage(packageId: string): Promise<StorageResult<StoredPackage | null>> {
  const result = await transaction<StoredPackage | undefined>('readonly', (store) => store.get(storageKey(PACKAGE, packageId)));
  if (!result.ok) return result;
  const value = result.value;
  return { ok: true, value: value && value.data instanceof Blob ? value : null };
}

/** Removes every stored package (and its rotations and task pages) of this partition; returns how many packages went. */
export async function clearPackages(): Promise<StorageResult<number>> {
  const prefixes = [storagePrefix(PACKAGE), storagePrefix(ROTATIONS), storagePrefix(TASK_PAGES)];
  let removed = 0;
  const result = await transaction('readwrite', (store) => {
    const request = store.openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const key = String(cursor.key);
      if (prefixes.some((prefix) => key.startsWith(prefix))) {
        if (key.startsWith(prefixes[0])) removed += 1;
        store.delete(cursor.key);
      }
      cursor.continue();
    };
  });
  return result.ok ? { ok: true, value: removed } : result;
}

export type Rotations = Record<string, number>;

export async function loadRotations(packageId: string): Promise<Rotations> {
  const result = await transaction<Rotations | undefined>('readonly', (store) => store.get(storageKey(ROTATIONS, packageId)));
  return result.ok && result.value && typeof result.value === 'object' ? result.value : {};
}

export async function saveRotations(packageId: string, rotations: Rotations): Promise<void> {
  await transaction('readwrite', (store) => store.put(rotations, storageKey(ROTATIONS, packageId)));
}

/** A rotation store for the viewer: synchronous reads from memory, writes kept in IndexedDB. */
export function rotationStore(packageId: string, initial: Rotations): { get(id: string): number | undefined; set(id: string, degrees: number): void } {
  const rotations: Rotations = { ...initial };
  return {
    get: (id) => rotations[id],
    set: (id, degrees) => {
      rotations[id] = degrees;
      void saveRotations(packageId, { ...rotations });
    },
  };
}
