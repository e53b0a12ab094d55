/**
 * Why a work's scan cannot be shown, as data with stable codes (STYLE.md, habit 1). The texts are in
 * src/taskpane/i18n (`viewer.problems`); `detail` is pdf.js's own words, shown small, for the coordinator.
 */

export type ViewerProblem =
  /** The file has no bytes. */
  | { problem: 'scan-empty' }
  /** Not a PDF, or damaged beyond what pdf.js recovers. */
  | { problem: 'scan-damaged'; detail: string }
  /** Needs a password to open. */
  | { problem: 'scan-password' }
  /** The document opened, but this page does not draw. */
  | { problem: 'page-failed'; page: number; detail: string }
  /** pdf.js itself did not load (files missing from the add-in, a browser too old): not the scan's fault. */
  | { problem: 'viewer-unavailable'; detail: string };

export type ViewerProblemCode = ViewerProblem['problem'];

/** Thrown inside the viewer when it knows the problem before pdf.js does (an empty file). */
export class ViewerProblemError extends Error {
  constructor(readonly viewerProblem: ViewerProblem) {
    super(viewerProblem.problem);
    this.name = 'ViewerProblemError';
  }
}

/** Thrown by the runtime loader: pdf.js could not be loaded or started. */
export class ViewerUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewerUnavailableError';
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
}

function errorMessage(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    return String((error as { message: unknown }).message).trim();
  }
  return String(error);
}

/** A document that did not open: what to tell the person. pdf.js's exceptions keep their `name` across the worker. */
export function problemOpening(error: unknown): ViewerProblem {
  if (error instanceof ViewerProblemError) return error.viewerProblem;
  const name = errorName(error);
  if (error instanceof ViewerUnavailableError || name === 'ViewerUnavailableError') return { problem: 'viewer-unavailable', detail: errorMessage(error) };
  if (name === 'PasswordException') return { problem: 'scan-password' };
  return { problem: 'scan-damaged', detail: errorMessage(error) };
}

/** A page that did not draw. */
export function problemRendering(error: unknown, page: number): ViewerProblem {
  return { problem: 'page-failed', page, detail: errorMessage(error) };
}

/** pdf.js's way of saying a render was superseded: not a problem. */
export function isCancellation(error: unknown): boolean {
  const name = errorName(error);
  return name === 'RenderingCancelledException' || name === 'AbortException';
}
