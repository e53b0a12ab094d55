import { computeStatistics, MEASURE_DEFINITIONS } from '../../../src/engine';
import { workRows } from '../statistics/rows';

describe('the definitions of the measures', () => {
  it('define every measure a statistics group carries, once', () => {
    const [group] = computeStatistics(workRows('1', [['1', 2, 1, 1]])).groups;
    const place = ['level', 'municipality', 'school', 'schoolCode', 'expert', 'subject', 'grade', 'flags', 'notEnoughData'];
    const measures = Object.keys(group).filter((key) => !place.includes(key));
    const defined = MEASURE_DEFINITIONS.filter((entry) => entry.scope === 'group').map((entry) => entry.name);
    expect([...defined].sort()).toEqual([...measures].sort());
  });

  it('define every measure of a task and every flag rule', () => {
    const [task] = computeStatistics(workRows('1', [['1', 2, 1, 1]])).tasks;
    const taskMeasures = Object.keys(task).filter((key) => !['subject', 'grade', 'variant', 'task'].includes(key));
    expect(MEASURE_DEFINITIONS.filter((entry) => entry.scope === 'task').map((entry) => entry.name).sort()).toEqual(taskMeasures.sort());
    expect(MEASURE_DEFINITIONS.filter((entry) => entry.scope === 'flag').map((entry) => entry.name)).toEqual(['objectiveShare', 'qwk', 'smd', 'meanDifference', 'flags']);
  });

  it('name each entry once within its scope', () => {
    const keys = MEASURE_DEFINITIONS.map((entry) => `${entry.scope}:${entry.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
