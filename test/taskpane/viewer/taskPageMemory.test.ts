import { pageForTask, rememberTaskPage, sanitizeTaskPages, taskPageKey } from '../../../src/taskpane/viewer/taskPageMemory';

describe('the task page memory', () => {
  it('remembers the page turned to for a task of a variant, and only for that variant', () => {
    const memory = rememberTaskPage({}, 1, '4К1', 3);
    expect(pageForTask(memory, 1, '4К1')).toBe(3);
    expect(pageForTask(memory, 2, '4К1')).toBeNull();
    expect(pageForTask(memory, 1, '4К2')).toBeNull();
  });

  it('takes the expert correction: the last page seen replaces the first', () => {
    const memory = rememberTaskPage(rememberTaskPage({}, 2, '5', 2), 2, '5', 4);
    expect(pageForTask(memory, 2, '5')).toBe(4);
  });

  it('forgets a task corrected back to the first page, and keeps the same object when nothing changes', () => {
    const memory = rememberTaskPage({}, 1, '7', 2);
    expect(rememberTaskPage(memory, 1, '7', 2)).toBe(memory);
    const back = rememberTaskPage(memory, 1, '7', 1);
    expect(pageForTask(back, 1, '7')).toBeNull();
    expect(Object.keys(back)).toEqual([]);
    const empty = {};
    expect(rememberTaskPage(empty, 1, '7', 1)).toBe(empty);
  });

  it('ignores pages that are not whole and positive, and stored junk', () => {
    const memory = {};
    expect(rememberTaskPage(memory, 1, '3', 0)).toBe(memory);
    expect(rememberTaskPage(memory, 1, '3', 2.5)).toBe(memory);
    expect(sanitizeTaskPages({ [taskPageKey(1, '3')]: 2, '1|4': -1, x: 3, '1|5': '2' })).toEqual({ '1|3': 2 });
    expect(sanitizeTaskPages(null)).toEqual({});
  });
});
