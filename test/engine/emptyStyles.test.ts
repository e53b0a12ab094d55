import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { shareEmptyStyles } from '../../src/engine/emptyStyles';

/** A workbook with cells of every value type, styled and not, and rows with and without a style. */
function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2026, 3, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Данные');
  sheet.addRow([1, 'текст', null, new Date(Date.UTC(2026, 0, 2)), true, { formula: 'A1+1' } as ExcelJS.CellFormulaValue, 'X']);
  sheet.addRow([2.5, { formula: 'B1&"!"', result: 'текст!' } as ExcelJS.CellFormulaValue, { richText: [{ text: 'жирный', font: { bold: true } }] }]);
  sheet.getCell('C2').style = { numFmt: '@', font: { italic: true } };
  sheet.getRow(3).font = { bold: true };
  sheet.getCell('A3').value = 'заголовок';
  sheet.getCell('E5').value = 7;
  return workbook;
}

async function parts(buffer: ExcelJS.Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const result: Record<string, string> = {};
  for (const entry of Object.values(zip.files)) if (!entry.dir) result[entry.name] = await entry.async('string');
  return result;
}

describe('sharing empty styles', () => {
  it('writes the same workbook parts, styles and style ids as the fresh empty styles ExcelJS gives', async () => {
    const plain = sampleWorkbook();
    const shared = sampleWorkbook();
    shareEmptyStyles(shared);
    expect(await parts(await shared.xlsx.writeBuffer())).toEqual(await parts(await plain.xlsx.writeBuffer()));
  });

  it('leaves a style that is not empty as it was, and makes the shared ones read-only', () => {
    const workbook = sampleWorkbook();
    const styled = workbook.getWorksheet('Данные')!.getCell('C2').style;
    shareEmptyStyles(workbook);
    const sheet = workbook.getWorksheet('Данные')!;
    expect(sheet.getCell('C2').style).toBe(styled);
    expect(sheet.getCell('A1').style).toBe(sheet.getCell('A2').style);
    expect(sheet.getCell('A1').style).not.toBe(sheet.getCell('B1').style);
    expect(() => {
      sheet.getCell('A1').numFmt = '0.00';
    }).toThrow(TypeError);
  });
});
