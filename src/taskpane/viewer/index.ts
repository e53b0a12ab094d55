/** The work's PDF beside the grid: the one entry point of src/taskpane/viewer. */
export { WorkViewer } from './WorkViewer';
export type { RotationStore, ViewerNextWork, ViewerWork, WorkViewerProps } from './WorkViewer.types';
export type { ViewerProblem, ViewerProblemCode } from './viewerProblems';
export { PAINT_EVENT, type PaintRecord, type ViewerStats } from './viewerStats';
