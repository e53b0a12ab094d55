import { buildProtocolWorkbook } from '../../../src/engine/protocol';
import { makeSpec, SECRET, unzipText, workRows } from './protocolFixtures';

/** The raw `<dataValidation>` and `<conditionalFormatting>` elements of a sheet's XML. */
function elements(xml: string, tag: string): Array<{ attributes: string; body: string }> {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({ attributes: match[1] ?? '', body: match[2] }));
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Expands `A2:C4 E5` into its cells. */
function cellsOf(sqref: string): string[] {
  const cells: string[] = [];
  for (const part of sqref.split(/\s+/)) {
    const [from, to = from] = part.split(':');
    const parse = (ref: string): [number, number] => {
      const match = /^([A-Z]+)(\d+)$/.exec(ref);
      if (!match) throw new Error(`not a bounded cell reference: ${ref}`);
      return [match[1].charCodeAt(0) - 64, Number(match[2])];
    };
    const [c1, r1] = parse(from);
    const [c2, r2] = parse(to);
    for (let c = c1; c <= c2; c += 1) for (let r = r1; r <= r2; r += 1) cells.push(`${String.fromCharCode(64 + c)}${r}`);
  }
  return cells;
}

describe('the rules written into the protocol sheet', () => {
  const spec = makeSpec({ works: 6, tasks: 7 });
  const lastRow = workRows(spec).at(-1)!.last;
  let sheetXml: string;
  let commentsXml: string;

  beforeAll(async () => {
    const bytes = await buildProtocolWorkbook(spec, SECRET);
    sheetXml = await unzipText(bytes, 'xl/worksheets/sheet1.xml');
    commentsXml = await unzipText(bytes, 'xl/worksheets/sheet2.xml');
  });

  it('adds exactly one validation rule per range, and no two ranges overlap', () => {
    for (const xml of [sheetXml, commentsXml]) {
      const rules = elements(xml, 'dataValidation');
      const seen = new Set<string>();
      for (const rule of rules) {
        for (const cell of cellsOf(attribute(rule.attributes, 'sqref'))) {
          expect(seen.has(cell)).toBe(false);
          seen.add(cell);
        }
      }
    }
    expect(elements(sheetXml, 'dataValidation').map((rule) => attribute(rule.attributes, 'sqref'))).toEqual([`G2:G${lastRow}`, `I2:I${lastRow}`]);
  });

  it('bounds every validation and conditional formatting range to the rows of the protocol', () => {
    const ranges = [
      ...elements(sheetXml, 'dataValidation').map((rule) => attribute(rule.attributes, 'sqref')),
      ...elements(sheetXml, 'conditionalFormatting').map((format) => attribute(format.attributes, 'sqref')),
    ];
    expect(ranges.length).toBeGreaterThanOrEqual(6);
    for (const range of ranges) {
      expect(range).not.toMatch(/^[A-Z]+:[A-Z]+$|1048576/);
      for (const cell of cellsOf(range)) expect(Number(/\d+/.exec(cell)![0])).toBeLessThanOrEqual(lastRow);
    }
  });

  it('validates Балл эксперта as an integer 0…the maximum of its own row, or X', () => {
    const [score] = elements(sheetXml, 'dataValidation');
    expect(attribute(score.attributes, 'type')).toBe('custom');
    expect(unescapeXml(score.body)).toContain('<formula1>IF(ISNUMBER(G2),AND(G2>=0,G2<=$E2,G2=INT(G2)),OR(G2="X",G2="Х"))</formula1>');
  });

  it('takes the Код ошибки list from a range on the legend sheet, and only where the scores differ', () => {
    const [, code] = elements(sheetXml, 'dataValidation');
    expect(attribute(code.attributes, 'type')).toBe('list');
    const formula = /<formula1>([\s\S]*)<\/formula1>/.exec(unescapeXml(code.body))![1];
    expect(formula).toBe("IF(AND(ISNUMBER($H2),$H2<>0),'Коды ошибок'!$A$2:$A$8,'Коды ошибок'!$Z$1)");
    expect(formula).not.toMatch(/^"/);
  });

  it('marks rows needing attention and cells needing input with conditional formatting', () => {
    const formulas = elements(sheetXml, 'conditionalFormatting').flatMap((format) =>
      [...format.body.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((match) => `${attribute(format.attributes, 'sqref')} ${unescapeXml(match[1])}`),
    );
    expect(formulas).toEqual(
      expect.arrayContaining([
        `A2:J${lastRow} AND(ISNUMBER($H2),$H2<>0,$I2="")`,
        `A2:J${lastRow} AND($I2<>"",NOT(AND(ISNUMBER($H2),$H2<>0)))`,
        `A2:J${lastRow} $H2="?"`,
        `G2:G${lastRow} $G2=""`,
        `J2:J${lastRow} AND(OR($I2=6,$I2=7),LEN(TRIM($J2))=0)`,
      ]),
    );
  });

  it('keeps validation titles and messages within Excel\'s limits (titles 32, prompts 255, errors 225 characters)', () => {
    const limits: Record<string, number> = { promptTitle: 32, errorTitle: 32, prompt: 255, error: 225 };
    for (const xml of [sheetXml, commentsXml]) {
      for (const rule of elements(xml, 'dataValidation')) {
        for (const [name, limit] of Object.entries(limits)) expect(unescapeXml(attribute(rule.attributes, name)).length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('protects the sheet with filtering and sorting allowed and no password', () => {
    const protection = /<sheetProtection[^>]*>/.exec(sheetXml)![0];
    expect(protection).toContain('sheet="1"');
    expect(protection).toContain('autoFilter="0"');
    expect(protection).toContain('sort="0"');
    expect(protection).not.toContain('hashValue');
  });
});
