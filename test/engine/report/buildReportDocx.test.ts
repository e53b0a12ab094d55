import { crc32, deflateSync } from 'node:zlib';
import { BlobWriter, Uint8ArrayReader, ZipReader, TextWriter } from '@zip.js/zip.js';
import { computeStatistics, type MergedRow } from '../../../src/engine';
import { buildReportDocx, MEASURE_DEFINITIONS, NOT_ENOUGH_DATA, russianNumber, russianPercent, type ExpertComment } from '../../../src/engine/report';
import { convertWithLibreOffice } from '../../support/libreOffice';
import { score } from '../statistics/rows';

const VITIM = 'МБОУ Витимская СОШ';
const SECOND = 'МБОУ СОШ № 2 с. Бохан';
const LYCEUM = 'МАОУ Лицей № 1';
const EXPERT_A = 'Петрова Анна Сергеевна';
const EXPERT_B = 'Сидоров Игорь Петрович';

/** A work of «русский язык, 6 класс» with three tasks of 2 points: school and expert points per task. */
function work(municipality: string, school: string, schoolCode: string, expert: string, code: number, school3: number[], expert3: number[]): MergedRow[] {
  return [0, 1, 2].map((index) => ({
    municipality,
    school,
    schoolCode,
    expert,
    subject: 'русский язык',
    grade: 6,
    workCode: String(40001 + code),
    variant: 1,
    task: String(index + 1),
    max: 2,
    schoolScore: score(school3[index]),
    expertScore: score(expert3[index]),
    errorCodes: school3[index] === expert3[index] ? [] : [2],
    hardest: expert === EXPERT_A && index === 2,
  }));
}

// Витимская СОШ: 12 works; in 11 the school gave 2 points for task 1 where the expert gave 0 (S − E = 2).
// СОШ № 2: 3 works scored alike (too few for a kappa). Лицей № 1: 4 works scored alike.
const rows: MergedRow[] = [
  ...Array.from({ length: 12 }, (_, i) => work('Боханский район', VITIM, '38001', EXPERT_A, i, [i === 0 ? 1 : 2, i % 3, i % 2], [i === 0 ? 1 : 0, i % 3, i % 2])),
  ...Array.from({ length: 3 }, (_, i) => work('Боханский район', SECOND, '38002', EXPERT_B, 20 + i, [i % 3, 1, 2], [i % 3, 1, 2])),
  ...Array.from({ length: 4 }, (_, i) => work('г. Иркутск', LYCEUM, '38003', EXPERT_B, 30 + i, [2, i % 3, 1], [2, i % 3, 1])),
].flat();

const comments: ExpertComment[] = [
  { subject: 'русский язык', grade: 6, task: '3', expert: EXPERT_A, text: 'Обучающиеся путают падежи; согласна с Сидоровым И. П.' },
  { subject: 'русский язык', grade: 6, task: '', expert: EXPERT_B, text: 'Критерии к заданию 1 допускают двоякое толкование. Петрова А. С. того же мнения.' },
];

/** A 4×3 pixel PNG, built by hand: signature, IHDR, one IDAT of red pixels, IEND. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(3, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const scanlines = Buffer.concat(Array.from({ length: 3 }, () => Buffer.from([0, ...Array.from({ length: 4 }, () => [255, 0, 0]).flat()])));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', Buffer.alloc(0))]),
  );
}

const statistics = computeStatistics(rows);
let docx: Uint8Array;
let text: string;
let entries: Map<string, string>;

beforeAll(async () => {
  docx = await buildReportDocx({
    statistics,
    metadata: {
      region: 'Иркутская область',
      centre: 'ГАУ ИО ЦОПМКиМКО',
      testPeriod: 'с 1 по 25 апреля 2026 г.',
      recheckFrom: '2026-05-12',
      recheckTo: '2026-06-10',
      date: '2026-06-19',
    },
    comments,
    charts: [{ png: tinyPng(), caption: 'Доля объективно оценённых работ по школам' }],
  });
  const converted = await convertWithLibreOffice([{ name: 'report.docx', bytes: docx }], 'txt');
  const output = converted.get('report.txt');
  if (output === undefined) throw new Error(`LibreOffice did not convert the report: ${[...converted.keys()].join(', ')}`);
  text = new TextDecoder('utf-8').decode(output).replace(/^\uFEFF/, '');
  const reader = new ZipReader(new Uint8ArrayReader(docx));
  entries = new Map();
  for (const entry of await reader.getEntries()) {
    if (entry.directory || entry.getData === undefined) continue;
    entries.set(entry.filename, entry.filename.endsWith('.xml') || entry.filename.endsWith('.rels') ? await entry.getData(new TextWriter()) : String((await entry.getData(new BlobWriter())).size));
  }
  await reader.close();
}, 120_000);

describe('the report (справка) as .docx, opened by LibreOffice', () => {
  it('opens in LibreOffice with its title', () => {
    expect(text).toContain('Справка о результатах региональной перепроверки работ участников всероссийских проверочных работ');
    expect(text).toContain('Иркутская область, с 1 по 25 апреля 2026 г.');
    expect(text).toContain('с 12.05.2026 по 10.06.2026');
  });

  it('states the headline share of objectively graded works as the statistics compute it, against the target', () => {
    const region = statistics.groups.find((group) => group.level === 'region');
    // 1 + 3 + 4 of 19 works have S = E (no marks scale): 8 / 19 = 42,1 %.
    expect(region?.objectiveShare).toBeCloseTo(8 / 19, 10);
    expect(russianPercent(8 / 19)).toBe('42,1\u00a0%');
    expect(text).toContain('Доля объективно оценённых работ по региону — 42,1\u00a0% (8 из 19 работ) при целевом значении 90,0\u00a0%: ниже целевого значения.');
  });

  it('describes the sample: works, schools, municipalities, tests and experts', () => {
    expect(text).toContain('Перепроверено 19 работ (57 заданий) из 3 общеобразовательных организаций 2 муниципальных образований по 1 проверочной работе: русский язык, 6 класс.');
    expect(text).toContain('Число экспертов, участвовавших в перепроверке: 2.');
  });

  it('names the flagged school and every reason in plain words', () => {
    const vitim = statistics.groups.find((group) => group.level === 'school' && group.school === VITIM);
    expect(vitim?.flags).toEqual(['objectiveShare', 'qwk', 'smd', 'meanDifference']);
    const line = text.split('\n').find((candidate) => candidate.trim().startsWith(`• ${VITIM} (Боханский район), русский язык, 6 класс, 12 работ:`));
    expect(line).toBeDefined();
    expect(line).toContain('доля объективно оценённых работ 8,3\u00a0% ниже целевого значения 90,0\u00a0%');
    // Mean S − E = 22 / 12 = 1,83.
    expect(line).toContain('школа в среднем ставила за работу на 1,83 балла больше, чем эксперт');
    expect(line).toContain('суммы баллов школы систематически выше баллов эксперта');
    expect(line).toContain(`квадратично взвешенная каппа (QWK) ${russianNumber(vitim?.qwk ?? NaN, 2)} ниже 0,70`);
    expect(text.split('\n').filter((candidate) => candidate.trim().startsWith('•'))).toHaveLength(1);
  });

  it('reads «недостаточно данных» where a measure is null, never a figure', () => {
    const second = statistics.groups.find((group) => group.level === 'school' && group.school === SECOND);
    expect(second?.qwk).toBeNull();
    const lines = text.split('\n');
    const at = lines.indexOf(SECOND);
    expect(at).toBeGreaterThan(-1);
    // The school's row: name, works, changed, share, S, E, difference, SMD, QWK, flags.
    expect(lines.slice(at, at + 10)).toEqual([SECOND, '3', '0', '100,0\u00a0%', expect.any(String), expect.any(String), '0,00', '0,00', NOT_ENOUGH_DATA, '—']);
  });

  it('never names an expert, in the text or anywhere in the file', () => {
    for (const name of [EXPERT_A, EXPERT_B, 'Петров', 'Сидоров', 'Анна', 'Игорь']) {
      expect(text).not.toContain(name);
      for (const [file, content] of entries) expect({ file, found: content.includes(name) }).toEqual({ file, found: false });
    }
    expect(text).toContain('Обучающиеся путают падежи; согласна с [эксперт] И. П.');
  });

  it('quotes the comments verbatim, grouped by task', () => {
    const general = text.indexOf('Общие замечания');
    const task3 = text.indexOf('Задание 3');
    expect(general).toBeGreaterThan(-1);
    expect(task3).toBeGreaterThan(general);
    expect(text).toContain('«Критерии к заданию 1 допускают двоякое толкование. [эксперт] А. С. того же мнения.»');
  });

  it('lists the typical errors by code with the protocol form texts', () => {
    // 11 task rows with code 2, nothing else.
    expect(text).toContain('Чаще всего эксперты указывали: «Пропуск явных ошибок обучающихся» (код 2) — 100,0\u00a0% всех указаний кодов ошибок.');
  });

  it('lists the task the expert marked hardest', () => {
    expect(text).toContain('Задания, отмеченные экспертами как наиболее трудные для обучающихся (+):');
  });

  it('ends with the definitions of every measure', () => {
    expect(text).toContain('Приложение 1. Определения показателей');
    for (const entry of MEASURE_DEFINITIONS) expect(text).toContain(`${entry.label} — ${entry.definition}`);
  });

  it('embeds the chart given as a picture, with its caption', () => {
    expect([...entries.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(text).toContain('Рисунок 1. Доля объективно оценённых работ по школам');
  });
});
