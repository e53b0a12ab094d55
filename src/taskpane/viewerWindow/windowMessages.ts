/**
 * What the pane and the viewer window say to each other (Office dialog messages are strings: JSON here). Only ids
 * and paths travel, never a scan: the window is a page of the add-in's own origin and reads the package from the
 * pane's IndexedDB itself. Pure, with a checking parser: a message from an older or newer window is ignored, not
 * trusted.
 */

/** A work as the window needs it: where its scan is in the package, and what to show above it. */
export interface WindowWork {
  /** `ОО-460/40001`: the work's key, as in the pane (rotation is remembered under it). */
  key: string;
  /** The scan's entry in the package ZIP. */
  path: string;
  schoolCode: string;
  workCode: string;
  variant: number | null;
}

export interface ShowMessage {
  kind: 'show';
  packageId: string;
  work: WindowWork | null;
  /** The selected row's task, e.g. `4К1`; null without a row. */
  task: string | null;
  /** The work after this one in the protocol: its scan is read and its first page rendered ahead. */
  next: WindowWork | null;
  /** Position in the protocol, for «3 из 25». */
  index: number;
  total: number;
  /** «По заданиям» is on: the window opens each work at the page remembered for the task. */
  byTask: boolean;
}

export type PaneToWindow = ShowMessage | { kind: 'rotation'; key: string; degrees: number };

export type Navigation = 'next-work' | 'previous-work' | 'next-same-task' | 'previous-same-task';

export type WindowToPane =
  | { kind: 'ready' }
  /** The window shows `key` at `page` (of `pages`). */
  | { kind: 'shown'; key: string; page: number; pages: number }
  | { kind: 'navigate'; to: Navigation }
  | { kind: 'rotated'; key: string; degrees: number }
  | { kind: 'closing' };

const NAVIGATIONS: readonly Navigation[] = ['next-work', 'previous-work', 'next-same-task', 'previous-same-task'];

export function encodeMessage(message: PaneToWindow | WindowToPane): string {
  return JSON.stringify(message);
}

function record(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function windowWork(value: unknown): WindowWork | null | undefined {
  if (value === null) return null;
  if (!value || typeof value !== 'object') return undefined;
  const work = value as Record<string, unknown>;
  if (![work.key, work.path, work.schoolCode, work.workCode].every(isString)) return undefined;
  const variant = work.variant === null || typeof work.variant === 'number' ? (work.variant as number | null) : undefined;
  if (variant === undefined) return undefined;
  return { key: work.key as string, path: work.path as string, schoolCode: work.schoolCode as string, workCode: work.workCode as string, variant };
}

/** A pane's message as the window reads it; null when it is not one. */
export function parsePaneMessage(text: string): PaneToWindow | null {
  const message = record(text);
  if (!message) return null;
  if (message.kind === 'rotation') {
    return isString(message.key) && typeof message.degrees === 'number' ? { kind: 'rotation', key: message.key, degrees: message.degrees } : null;
  }
  if (message.kind !== 'show' || !isString(message.packageId)) return null;
  const work = windowWork(message.work);
  const next = windowWork(message.next);
  if (work === undefined || next === undefined) return null;
  if (!(message.task === null || isString(message.task)) || !isCount(message.index) || !isCount(message.total)) return null;
  return { kind: 'show', packageId: message.packageId, work, task: message.task, next, index: message.index, total: message.total, byTask: message.byTask === true };
}

/** A window's message as the pane reads it; null when it is not one. */
export function parseWindowMessage(text: string): WindowToPane | null {
  const message = record(text);
  if (!message) return null;
  switch (message.kind) {
    case 'ready':
    case 'closing':
      return { kind: message.kind };
    case 'shown':
      return isString(message.key) && isCount(message.page) && isCount(message.pages) ? { kind: 'shown', key: message.key, page: message.page, pages: message.pages } : null;
    case 'navigate':
      return NAVIGATIONS.includes(message.to as Navigation) ? { kind: 'navigate', to: message.to as Navigation } : null;
    case 'rotated':
      return isString(message.key) && typeof message.degrees === 'number' ? { kind: 'rotated', key: message.key, degrees: message.degrees } : null;
    default:
      return null;
  }
}
