import type ExcelJS from 'exceljs';

export interface PrintTexts {
  /** Rows repeated on every printed page, e.g. `1:1`. */
  titleRows?: string;
  left?: string;
  centre?: string;
  right?: string;
  /** Left of the footer (signature lines); the page number is always on its right. */
  footerLeft?: string;
}

/** Header and footer codes: `&` must be doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

function section(code: 'L' | 'C' | 'R', text: string | undefined): string {
  return text ? `&${code}${headerText(text)}` : '';
}

/**
 * How every workbook Recheck writes prints (expert and check protocols, the schools' returned workbooks): A4
 * landscape, one page wide, the header's texts escaped, «Лист N из M» at the bottom right.
 */
export function landscapePrint(sheet: ExcelJS.Worksheet, texts: PrintTexts): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: texts.titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = {
    oddHeader: `${section('L', texts.left)}${section('C', texts.centre)}${section('R', texts.right)}`,
    oddFooter: `${section('L', texts.footerLeft)}&RЛист &P из &N`,
  };
}
