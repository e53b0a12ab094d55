/**
 * The engine's worker: indexing and preparation run here, off the pane's thread, so the pane answers clicks
 * during a run of minutes. The pane talks to it through Comlink (enginePort.ts, useEngineRun.ts).
 */
// First, before ExcelJS is loaded (see the module).
import './promptZeroTimersFirst';
import { expose } from 'comlink';
import { createEngineApi } from './engineWorkerApi';

expose(createEngineApi());
