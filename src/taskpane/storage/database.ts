/**
 * The pane's IndexedDB database: one object store of records keyed by text. Keys are prefixed with Office's
 * partition key where the host defines one (ENGINEERING.md), so two add-in origins sharing a browser never see
 * each other's data. Every call returns a result, never throws: a full disk is a `quota-exceeded` the pane
 * words, not a crash.
 */
import { getPartitionKey } from '../../office/host';

const DATABASE = 'recheck';
const VERSION = 1;
export const STORE = 'records';

export type StorageProblem = 'quota-exceeded' | 'unavailable' | 'failed';
export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem; detail: string | null };

/** `<partition key>|<kind>|<id>`; the partition part is empty where the host does not partition storage. */
export function storageKey(kind: string, id: string): string {
  return `${getPartitionKey() ?? ''}|${kind}|${id}`;
}

/** Every key of this partition and kind starts with this. */
export function storagePrefix(kind: string): string {
  return `${getPartitionKey() ?? ''}|${kind}|`;
}

export function storageFailure(error: unknown): { ok: false; problem: StorageProblem; detail: string | null } {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const detail = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message?: unknown }).message) : error ? String(error) : null;
  if (name === 'QuotaExceededError' || /quota/i.test(detail ?? '')) return { ok: false, problem: 'quota-exceeded', detail };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return { ok: false, problem: 'unavailable', detail };
  return { ok: false, problem: 'failed', detail };
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(Object.assign(new Error('IndexedDB is not available'), { name: 'InvalidStateError' }));
        return;
      }
      const request = indexedDB.open(DATABASE, VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        const database = request.result;
        // Another tab upgrading the database: let it, and open afresh next time.
        database.onversionchange = () => {
          database.close();
          opening = null;
        };
        resolve(database);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(Object.assign(new Error('IndexedDB is blocked by another window'), { name: 'InvalidStateError' }));
    }).catch((error) => {
      opening = null;
      throw error;
    });
  }
  return opening;
}

/**
 * Runs `work` in one transaction and resolves when the transaction commits (a put's quota error surfaces at
 * commit, as the transaction's error, not at the request).
 */
export async function transaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<StorageResult<T | undefined>> {
  try {
    const database = await openDatabase();
    return await new Promise<StorageResult<T | undefined>>((resolve) => {
      const tx = database.transaction(STORE, mode);
      let request: IDBRequest<T> | void;
      try {
        request = work(tx.objectStore(STORE));
      } catch (error) {
        resolve(storageFailure(error));
        return;
      }
      tx.oncomplete = () => resolve({ ok: true, value: request ? request.result : undefined });
      tx.onabort = () => resolve(storageFailure(tx.error ?? (request ? request.error : null)));
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** How much this origin stores and may store, as the browser estimates it; null where it cannot say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
    const estimate = await navigator.storage.estimate();
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
  } catch {
    return null;
  }
}
