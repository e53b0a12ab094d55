import { summariseBank, type Bank, type PupilWork } from '../../../src/engine';

function work(overrides: Partial<PupilWork>): PupilWork {
  return {
    archive: 'a.zip', path: 'p.pdf', kind: 'work', municipality: 'Боханский район', school: 'МБОУ Витимская СОШ',
    subject: 'русский язык', grade: 6, code: '4002', variant: 1, class: null, pages: 4, bytes: 100, ...overrides,
  };
}

describe('summariseBank', () => {
  it('counts works, pages and documents per school folder, sorted in Russian order', () => {
    const bank: Bank = {
      works: [
        work({ school: 'Школа Я', pages: 2 }),
        work({ school: 'Школа А', pages: 3 }),
        work({ school: 'Школа А', pages: 5, code: '4003' }),
        work({ school: 'Школа А', grade: 7 }),
      ],
      documents: [
        { archive: 'a.zip', path: 'x.xlsx', kind: 'score-sheet', municipality: 'Боханский район', school: 'Школа А', subject: 'русский язык', grade: 6 },
        { archive: 'a.zip', path: 'y.xlsx', kind: 'score-sheet', municipality: 'Боханский район', school: 'Школа Б', subject: 'русский язык', grade: 6 },
      ],
      problems: [],
    };
    const summary = summariseBank(bank);
    expect(summary.map((s) => [s.school, s.grade, s.works, s.pages, s.documents['score-sheet']])).toEqual([
      ['Школа А', 6, 2, 8, 1],
      ['Школа А', 7, 1, 4, 0],
      ['Школа Б', 6, 0, 0, 1],
      ['Школа Я', 6, 1, 2, 0],
    ]);
  });
});
