import type { RotationStore } from './WorkViewer.types';

/** Rotations kept for as long as the pane is open: the viewer's store when the embedding view gives none. */
export function createRotationMemory(): RotationStore {
  const rotations = new Map<string, number>();
  return {
    get: (id) => rotations.get(id),
    set: (id, degrees) => {
      if (degrees === 0) rotations.delete(id);
      else rotations.set(id, degrees);
    },
  };
}

export const paneRotationMemory: RotationStore = createRotationMemory();
