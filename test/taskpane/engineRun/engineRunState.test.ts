import { engineRunReducer, errorText, IDLE, type EngineRunAction, type EngineRunState } from '../../../src/taskpane/engineRun/engineRunState';

type State = EngineRunState<number, string>;
type Action = EngineRunAction<number, string>;

const run = (actions: Action[], from: State = IDLE): State => actions.reduce(engineRunReducer<number, string>, from);

describe('engineRunReducer', () => {
  it('starts a run with no progress yet, then shows each progress report', () => {
    expect(run([{ type: 'start', run: 1 }])).toEqual({ status: 'running', run: 1, progress: null });
    expect(run([{ type: 'start', run: 1 }, { type: 'progress', run: 1, progress: 5 }, { type: 'progress', run: 1, progress: 9 }])).toEqual({
      status: 'running',
      run: 1,
      progress: 9,
    });
  });

  it('ends a run done with its result, or failed with the reason', () => {
    expect(run([{ type: 'start', run: 1 }, { type: 'done', run: 1, result: 'bank' }])).toEqual({ status: 'done', run: 1, result: 'bank' });
    expect(run([{ type: 'start', run: 1 }, { type: 'failed', run: 1, reason: 'no memory' }])).toEqual({ status: 'failed', run: 1, reason: 'no memory' });
  });

  it('is cancelled at once, and the cancelled run reporting later changes nothing', () => {
    const cancelled = run([{ type: 'start', run: 1 }, { type: 'cancel', run: 1 }]);
    expect(cancelled).toEqual({ status: 'cancelled', run: 1 });
    expect(run([{ type: 'progress', run: 1, progress: 3 }, { type: 'done', run: 1, result: 'late' }, { type: 'failed', run: 1, reason: 'AbortError' }], cancelled)).toBe(cancelled);
  });

  it('ignores the reports of a run that a newer run replaced', () => {
    const replaced = run([{ type: 'start', run: 1 }, { type: 'start', run: 2 }, { type: 'progress', run: 2, progress: 1 }]);
    expect(run([{ type: 'progress', run: 1, progress: 40 }, { type: 'done', run: 1, result: 'old' }, { type: 'cancel', run: 1 }], replaced)).toBe(replaced);
    expect(run([{ type: 'done', run: 2, result: 'new' }], replaced)).toEqual({ status: 'done', run: 2, result: 'new' });
  });

  it('goes back to idle on reset from any state, and a later report of the old run is ignored', () => {
    const done = run([{ type: 'start', run: 3 }, { type: 'done', run: 3, result: 'bank' }]);
    expect(run([{ type: 'reset' }], done)).toEqual(IDLE);
    expect(run([{ type: 'start', run: 4 }, { type: 'reset' }, { type: 'done', run: 4, result: 'late' }])).toEqual(IDLE);
  });

  it('starts again after a failure or a cancel', () => {
    const failed = run([{ type: 'start', run: 1 }, { type: 'failed', run: 1, reason: 'x' }]);
    expect(run([{ type: 'start', run: 2 }], failed)).toEqual({ status: 'running', run: 2, progress: null });
  });
});

describe('errorText', () => {
  it('gives an error’s message, its name when the message is empty, and a structured-clone copy’s message', () => {
    expect(errorText(new Error('disk full'))).toBe('disk full');
    const named = new Error('');
    named.name = 'QuotaExceededError';
    expect(errorText(named)).toBe('QuotaExceededError');
    expect(errorText({ name: 'Error', message: 'copied across' })).toBe('copied across');
    expect(errorText('plain')).toBe('plain');
  });
});
