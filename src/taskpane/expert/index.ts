/** The expert's view of a protocol workbook, and the demo that shows it to a newcomer. */
export { ExpertGate, type ExpertGateProps } from './ExpertGate';
export { OpenDemo } from './OpenDemo';
