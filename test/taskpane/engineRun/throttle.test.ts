import { throttled } from '../../../src/taskpane/engineRun/throttle';

describe('throttled', () => {
  it('passes the first report, then at most one per interval, and every urgent one', () => {
    let time = 0;
    const passed: number[] = [];
    const report = throttled((value: number) => passed.push(value), (value) => value === 99, 100, () => time);
    for (const [at, value] of [[0, 1], [50, 2], [99, 3], [100, 4], [120, 99], [150, 5], [220, 6]]) {
      time = at;
      report(value);
    }
    expect(passed).toEqual([1, 4, 99, 6]);
  });
});
