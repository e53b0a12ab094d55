import { OrderedPipeline } from '../../../src/engine/bank/orderedPipeline';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('OrderedPipeline', () => {
  it('hands results back in the order the jobs were started, whatever order they finish in', async () => {
    const results: number[] = [];
    const pipeline = new OrderedPipeline<number>(3, 1000, (n) => results.push(n));
    const jobs = [deferred<number>(), deferred<number>(), deferred<number>()];
    for (const job of jobs) await pipeline.push(() => job.promise, 1);
    jobs[2].resolve(2);
    jobs[0].resolve(0);
    jobs[1].resolve(1);
    await pipeline.drain();
    expect(results).toEqual([0, 1, 2]);
  });

  it('never runs more jobs at once than allowed', async () => {
    let running = 0;
    let most = 0;
    const pipeline = new OrderedPipeline<void>(2, 1000, () => undefined);
    for (let i = 0; i < 6; i++) {
      await pipeline.push(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
      }, 1);
    }
    await pipeline.drain();
    expect(most).toBe(2);
  });

  it('waits for room in the byte budget but always lets one job run', async () => {
    const started: number[] = [];
    const first = deferred<number>();
    const pipeline = new OrderedPipeline<number>(3, 100, () => undefined);
    await pipeline.push(() => (started.push(1), first.promise), 80);
    const second = pipeline.push(async () => (started.push(2), 2), 50);
    await new Promise((r) => setTimeout(r, 5));
    expect(started).toEqual([1]);
    first.resolve(1);
    await second;
    expect(started).toEqual([1, 2]);
    await pipeline.push(async () => (started.push(3), 3), 500);
    await pipeline.drain();
    expect(started).toEqual([1, 2, 3]);
  });

  it('surfaces a failed job when its turn comes', async () => {
    const pipeline = new OrderedPipeline<number>(3, 100, () => undefined);
    await pipeline.push(async () => {
      throw new Error('bug');
    }, 1);
    await expect(pipeline.drain()).rejects.toThrow('bug');
  });
});
