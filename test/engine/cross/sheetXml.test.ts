import { editSheetXml, withFullCalcOnLoad } from '../../../src/engine/cross/sheetXml';

const SHEET = (rows: string) =>
  `<worksheet><dimension ref="A1:D3"/><sheetData>${rows}</sheetData><dataValidations count="1"><dataValidation sqref="C2:C9"/></dataValidations></worksheet>`;

describe('editing score cells in a worksheet’s XML', () => {
  it('rewrites a cell in place, keeping its style and the cells around it', () => {
    const xml = SHEET('<row r="2" spans="1:4"><c r="A2" s="2" t="n"><v>40001</v></c><c r="C2" s="5" t="s"><v>0</v></c><c r="D2" s="4"><f>SUM(C2)</f><v>7</v></c></row>');
    const edit = editSheetXml(xml, new Map([[2, new Map([[3, { kind: 'number' as const, value: 2 }]])]]), ['7']);
    expect(edit.xml).toBe(SHEET('<row r="2" spans="1:4"><c r="A2" s="2" t="n"><v>40001</v></c><c r="C2" s="5"><v>2</v></c><c r="D2" s="4"><f>SUM(C2)</f></c></row>'));
    expect(edit.overwritten).toEqual([{ reference: 'C2', before: '7' }]);
  });

  it('inserts missing cells in column order and missing rows in row order, X as an inline string', () => {
    const xml = SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t>Код</t></is></c></row><row r="3"><c r="A3"><v>40002</v></c><c r="D3"><v>1</v></c></row>');
    const edit = editSheetXml(xml, new Map([
      [3, new Map([[2, { kind: 'text' as const, value: 'X' }], [5, { kind: 'number' as const, value: 0 }]])],
      [2, new Map([[2, { kind: 'number' as const, value: 1 }]])],
    ]), []);
    expect(edit.xml).toBe(SHEET('<row r="1"><c r="A1" t="inlineStr"><is><t>Код</t></is></c></row><row r="2"><c r="B2"><v>1</v></c></row><row r="3"><c r="A3"><v>40002</v></c><c r="B3" t="inlineStr"><is><t>X</t></is></c><c r="D3"><v>1</v></c><c r="E3"><v>0</v></c></row>'));
    expect(edit.overwritten).toEqual([]);
  });

  it('does not count writing the same value as overwriting', () => {
    const xml = SHEET('<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>');
    expect(editSheetXml(xml, new Map([[2, new Map([[2, { kind: 'text' as const, value: 'X' }]])]]), []).overwritten).toEqual([]);
  });

  it('asks for a full calculation on load, adding calcPr where the workbook has none', () => {
    expect(withFullCalcOnLoad('<workbook><sheets><sheet/></sheets><calcPr iterate="false"/></workbook>')).toBe('<workbook><sheets><sheet/></sheets><calcPr fullCalcOnLoad="1" iterate="false"/></workbook>');
    expect(withFullCalcOnLoad('<workbook><sheets><sheet/></sheets></workbook>')).toBe('<workbook><sheets><sheet/></sheets><calcPr fullCalcOnLoad="1"/></workbook>');
    expect(withFullCalcOnLoad('<workbook><sheets/><calcPr fullCalcOnLoad="0"/></workbook>')).toBe('<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>');
  });
});
