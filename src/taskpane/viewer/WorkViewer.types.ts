/** The work viewer's contract with the view that embeds it (the expert view). */

export interface ViewerWork {
  /** Stable id of the work (its row, its file): rotation is remembered under it. */
  id: string;
  /** What the person reads above the scan, e.g. `ОО-042 · 40015 · вариант 1 · задание 4К1`. */
  label: string;
  pdf: Blob;
}

export interface ViewerNextWork {
  id: string;
  pdf: Blob;
}

/** Where the viewer keeps each work's rotation (degrees, 0/90/180/270); the expert view persists it. */
export interface RotationStore {
  get(id: string): number | undefined;
  set(id: string, degrees: number): void;
}

export interface WorkViewerProps {
  /**
   * The work to show; null: none selected. `firstPage`: the page it opens at (a work inside a classroom's file,
   * in the cross-check); 1 by default. `pages`: the work's pages inside a larger file, marked in the thumbnails and
   * named beside the page counter (`стр. 3–4 из 12`); none by default.
   */
  work: { id: string; label: string; pdf: Blob; firstPage?: number; pages?: { first: number; last: number } } | null;
  /** The work likely to be shown next: opened and its first page rendered off screen, so it paints at once. */
  next?: { id: string; pdf: Blob } | null;
  /** Rotation per work; without it the viewer remembers rotations for as long as the pane is open. */
  rotationStore?: RotationStore;
  /** Previous/next work (buttons, and the P/N keys); a button is shown only when its handler is given. */
  onPrevious?: () => void;
  onNext?: () => void;
  /** For the embedding layout (the viewer fills its parent's height when the parent has one). */
  className?: string;
  /**
   * The page to open the work at (default 1); a change of it while the same work is shown turns to that page
   * (the viewer window opens each work at the page remembered for the selected task).
   */
  page?: number;
  /** Told each time a page of the shown work is on screen: its number and the work's page count. */
  onPageShown?: (workId: string, page: number, numPages: number) => void;
  /** Offers «fit to page» (button and F): for a viewer with a height of its own, such as the viewer window. */
  fitPage?: boolean;
  /** The zoom a new work opens at (default fit-width). */
  initialZoom?: 'fit-width' | 'fit-page';
}
