/**
 * Imported first by a worker that runs the engine: ExcelJS's bundled `process` keeps the `setTimeout` it finds when
 * it is loaded, so the prompt zero-delay timeouts must be in place before ExcelJS is (promptZeroTimers.ts).
 */
import { installPromptZeroTimers } from './promptZeroTimers';

installPromptZeroTimers();
