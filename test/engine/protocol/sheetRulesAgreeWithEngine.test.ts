import ExcelJS from 'exceljs';
import { buildProtocolWorkbook, checkProtocolRows, protocolRowFromCells, type CellInput, type ProtocolSpec } from '../../../src/engine/protocol';
import { attentionFormulas } from '../../../src/engine/protocol/layout';
import type { ProblemCode } from '../../../src/engine/problems';
import type { ScoreValue } from '../../../src/engine/scores';
import { convertWithLibreOffice, parseCsv } from '../../support/libreOffice';
import { editProtocol, loadWorkbook, SECRET } from './protocolFixtures';

/**
 * The protocol sheet carries its own rules (data validation on Балл эксперта and Код ошибки, conditional
 * formatting on the grid) and the engine carries `checkProtocolRows`: an expert sees the first, the add-in and
 * the coordinator the second. Here LibreOffice evaluates the sheet's rules, with the very formulas the built
 * workbook holds, on a table of filled rows, and each row's outcome is compared with the engine's.
 */

interface Case {
  name: string;
  max: number;
  school: ScoreValue;
  expert: CellInput;
  code?: CellInput;
  explanation?: string;
}

const score = (value: number): ScoreValue => ({ kind: 'score', value });
const X: ScoreValue = { kind: 'no-answer' };

const CASES: Case[] = [
  { name: 'equal scores', max: 3, school: score(2), expert: 2 },
  { name: 'equal scores with a code', max: 3, school: score(2), expert: 2, code: 3 },
  { name: 'a difference without a code', max: 3, school: score(2), expert: 1 },
  { name: 'a difference with code 3', max: 3, school: score(2), expert: 1, code: 3 },
  { name: 'code 6 without an explanation', max: 3, school: score(2), expert: 3, code: 6 },
  { name: 'code 6 with only spaces as explanation', max: 3, school: score(2), expert: 3, code: 6, explanation: '   ' },
  { name: 'code 7 with an explanation', max: 3, school: score(2), expert: 0, code: 7, explanation: 'Балл снижен за недочёт' },
  { name: 'code 7 without an explanation', max: 3, school: score(2), expert: 0, code: 7 },
  { name: 'code 5 without an explanation', max: 3, school: score(2), expert: 0, code: 5 },
  { name: 'equal scores with code 6 and no explanation', max: 3, school: score(2), expert: 2, code: 6 },
  { name: 'X against 0', max: 1, school: X, expert: 0 },
  { name: '0 against Cyrillic Х', max: 1, school: score(0), expert: 'Х' },
  { name: 'X against Latin x', max: 2, school: X, expert: 'x' },
  { name: 'X against Cyrillic х', max: 2, school: X, expert: 'х' },
  { name: 'X against 0 with a code', max: 1, school: X, expert: 0, code: 1 },
  { name: 'X against 1 without a code', max: 2, school: X, expert: 1 },
  { name: 'X against 1 with code 1', max: 2, school: X, expert: 1, code: 1 },
  { name: 'a score above the maximum', max: 2, school: score(1), expert: 3 },
  { name: 'a score above the maximum with a code', max: 2, school: score(1), expert: 3, code: 2 },
  { name: 'a negative score', max: 2, school: score(1), expert: -1 },
  { name: 'a fraction with a code', max: 2, school: score(1), expert: 1.5, code: 3 },
  { name: 'text that is no score', max: 2, school: score(1), expert: 'два' },
  { name: 'text that is no score with a code', max: 2, school: score(1), expert: 'два', code: 3 },
  { name: 'no expert score', max: 2, school: score(1), expert: null },
  { name: 'no expert score with a code', max: 2, school: score(1), expert: null, code: 2 },
  { name: 'code 8 on a difference', max: 3, school: score(2), expert: 1, code: 8 },
  { name: 'code 0 on a difference', max: 3, school: score(2), expert: 1, code: 0 },
  { name: 'code 2.5 on a difference', max: 3, school: score(2), expert: 1, code: 2.5 },
  { name: 'a letter as code on a difference', max: 3, school: score(2), expert: 1, code: 'а' },
  { name: 'a letter as code without a difference', max: 3, school: score(2), expert: 2, code: 'а' },
  { name: 'the maximum itself', max: 3, school: score(3), expert: 3 },
  { name: 'zero against zero', max: 3, school: score(0), expert: 0 },
  { name: 'the school gave no answer and the expert agrees', max: 3, school: X, expert: 'X' },
];

const FIRST_ROW = 2;
const sheetRow = (index: number): number => FIRST_ROW + index;

/** What the sheet shows for a row: each rule by name, true when it fires (a validation: when it refuses). */
type SheetVerdict = Record<string, boolean>;

/**
 * The engine's problems of a row as the sheet's rules would show them. A rule fires exactly when the engine
 * reports the problem it stands for; the two validations refuse what the engine reports at their cell.
 */
function expectedFromEngine(problems: ReadonlySet<ProblemCode>): SheetVerdict {
  const has = (code: ProblemCode): boolean => problems.has(code);
  return {
    invalidScore: has('invalid-expert-score'),
    differenceWithoutCode: has('difference-without-code'),
    codeWithoutDifference: has('code-without-difference'),
    missingScore: has('missing-expert-score'),
    scoreOutOfRange: has('score-out-of-range'),
    invalidCode: has('invalid-error-code'),
    explanationMissing: has('explanation-required'),
    expertScoreRefused: has('invalid-expert-score') || has('score-out-of-range'),
    errorCodeRefused: has('invalid-error-code') || has('code-without-difference'),
  };
}

/**
 * Where the engine deliberately says less than the sheet: once the expert's score is wrong (not a score, or out
 * of range) the engine asks for that first and does not judge the difference from it, while the sheet computes
 * Расхождение from whatever number is there. These rules are compared on every other row.
 */
const CONSEQUENCES_OF_A_WRONG_SCORE = ['differenceWithoutCode', 'codeWithoutDifference', 'errorCodeRefused'];

function spec(): ProtocolSpec {
  const tasks = CASES.map((testCase, index) => ({ task: String(index + 1), max: testCase.max, schoolScore: testCase.school }));
  return {
    packageId: 'PKG-2026-RULES',
    expert: 'Эксперт Правил',
    subject: 'математика',
    grade: 5,
    createdAt: '2026-05-04T09:30:00.000Z',
    works: [
      {
        schoolCode: 'ОО-01',
        workCode: '0001',
        variant: 1,
        tasks,
      },
    ],
    variantTasks: { 1: tasks.map(({ task, max }) => ({ task, max })) },
  };
}

interface SheetRule {
  name: string;
  /** The formula as the workbook holds it, relative to its range's first row. */
  formula: string;
  /** The helper formula that evaluates it in the same row. */
  helper: string;
}

/** The sheet's own rules, read from the built workbook and named by the layout's formulas. */
function sheetRules(sheet: ExcelJS.Worksheet, lastRow: number): SheetRule[] {
  const named = Object.entries(attentionFormulas(FIRST_ROW)).map(([name, formula]) => ({ name, formula }));
  const rules: SheetRule[] = [];
  const formatting = (sheet as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
  for (const block of formatting) {
    // Every rule covers the whole grid, from its first data row to its last.
    expect(block.ref).toMatch(new RegExp(`^[A-J]${FIRST_ROW}:[A-J]${lastRow}$`));
    for (const rule of block.rules) {
      const formula = rule.formulae?.[0] ?? '';
      const name = named.find((candidate) => candidate.formula === formula)?.name;
      if (!name) throw new Error(`a conditional format the comparison does not know: ${formula}`);
      rules.push({ name, formula, helper: formula });
    }
  }
  expect(rules.map((rule) => rule.name).sort()).toEqual(named.map((rule) => rule.name).sort());

  const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[]; allowBlank?: boolean }> } })
    .dataValidations.model;
  for (const row of [FIRST_ROW, lastRow]) {
    expect(validations[`G${row}`]?.formulae).toEqual(validations[`G${FIRST_ROW}`].formulae);
    expect(validations[`I${row}`]?.formulae).toEqual(validations[`I${FIRST_ROW}`].formulae);
  }
  const score = validations[`G${FIRST_ROW}`];
  const code = validations[`I${FIRST_ROW}`];
  expect(score.type).toBe('custom');
  expect(code.type).toBe('list');
  // A custom rule accepts a value when its formula is true; a list rule when the value is in the list.
  // Validation judges what is typed: an empty cell is never refused (and `allowBlank` says so for the score).
  expect(score.allowBlank).toBe(true);
  rules.push({ name: 'expertScoreRefused', formula: score.formulae[0], helper: `AND(G${FIRST_ROW}<>"",NOT(${score.formulae[0]}))` });
  rules.push({ name: 'errorCodeRefused', formula: code.formulae[0], helper: `AND(I${FIRST_ROW}<>"",ISNA(MATCH(I${FIRST_ROW},${code.formulae[0]},0)))` });
  return rules;
}

describe('the protocol sheet\'s own rules, evaluated in LibreOffice', () => {
  let rules: SheetRule[];
  let sheetVerdicts: SheetVerdict[];
  const lastRow = sheetRow(CASES.length - 1);
  const HELPER_COLUMN = 12; // L: right of the table (A:J) and a spare column

  beforeAll(async () => {
    const built = await buildProtocolWorkbook(spec(), SECRET);
    const edits: Record<string, ExcelJS.CellValue> = {};
    CASES.forEach((testCase, index) => {
      const row = sheetRow(index);
      edits[`G${row}`] = testCase.expert ?? null;
      edits[`I${row}`] = testCase.code ?? null;
      edits[`J${row}`] = testCase.explanation ?? null;
    });
    rules = sheetRules((await loadWorkbook(built)).getWorksheet('Протокол')!, lastRow);
    const filled = await editProtocol(built, edits, (workbook) => {
      const sheet = workbook.getWorksheet('Протокол')!;
      rules.forEach((rule, offset) => {
        const column = sheet.getColumn(HELPER_COLUMN + offset).letter;
        sheet.getCell(`${column}1`).value = rule.name;
        // A shared formula: LibreOffice moves its relative references down row by row, as a rule over a range.
        sheet.fillFormula(`${column}${FIRST_ROW}:${column}${lastRow}`, rule.helper);
      });
    });
    const csv = await convertWithLibreOffice([{ name: 'rules.xlsx', bytes: filled }], 'csv');
    const protocol = [...csv].find(([name]) => name.normalize('NFC') === 'rules-Протокол.csv');
    if (!protocol) throw new Error(`LibreOffice wrote no Протокол sheet: ${[...csv.keys()].join(', ')}`);
    const rows = parseCsv(protocol[1]);
    expect(rows[0].slice(HELPER_COLUMN - 1, HELPER_COLUMN - 1 + rules.length)).toEqual(rules.map((rule) => rule.name));
    sheetVerdicts = CASES.map((_, index) => {
      const cells = rows[sheetRow(index) - 1];
      const verdict: SheetVerdict = {};
      rules.forEach((rule, offset) => {
        const value = cells[HELPER_COLUMN - 1 + offset];
        if (value !== 'TRUE' && value !== 'FALSE') throw new Error(`row ${sheetRow(index)}, ${rule.name}: LibreOffice computed «${value}»`);
        verdict[rule.name] = value === 'TRUE';
      });
      return verdict;
    });
  }, 180_000);

  function engineVerdict(index: number): { expected: SheetVerdict; problems: ProblemCode[] } {
    const testCase = CASES[index];
    const row = protocolRowFromCells(sheetRow(index), {
      schoolCode: 'ОО-01',
      workCode: '0001',
      variant: 1,
      task: String(index + 1),
      max: testCase.max,
      schoolScore: testCase.school.kind === 'score' ? testCase.school.value : testCase.school.kind === 'no-answer' ? 'X' : null,
      expertScore: testCase.expert,
      errorCode: testCase.code ?? null,
      explanation: testCase.explanation ?? null,
    });
    const problems = checkProtocolRows([row]).map((problem) => problem.problem);
    return { expected: expectedFromEngine(new Set(problems)), problems };
  }

  it.each(CASES.map((testCase, index) => [testCase.name, index] as const))('agrees with the engine on %s', (_name, index) => {
    const { expected, problems } = engineVerdict(index);
    const shown = { ...sheetVerdicts[index] };
    const wrongScore = problems.includes('invalid-expert-score') || problems.includes('score-out-of-range');
    if (wrongScore) for (const name of CONSEQUENCES_OF_A_WRONG_SCORE) delete shown[name];
    const compared = Object.fromEntries(Object.keys(shown).map((name) => [name, expected[name]]));
    expect({ row: sheetRow(index), problems, sheet: shown }).toEqual({ row: sheetRow(index), problems, sheet: compared });
  });

  it('covers every rule of the sheet firing at least once and staying quiet at least once', () => {
    for (const rule of rules) {
      const values = sheetVerdicts.map((verdict) => verdict[rule.name]);
      expect({ rule: rule.name, fires: values.includes(true), quiet: values.includes(false) }).toEqual({ rule: rule.name, fires: true, quiet: true });
    }
  });
});
