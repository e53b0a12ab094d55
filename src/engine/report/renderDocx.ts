import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Inline, ReportBlock, TableColumn, TableRowBlock } from './blocks';

/** A4 in twips, margins as Russian official documents set them (left 3 cm, right 1.5 cm, top and bottom 2 cm). */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 };
const FONT = 'Times New Roman';
/** Half-points. */
const SIZES = { body: 24, table: 18, note: 20, title: 28, heading1: 26, heading2: 24 };
const HEADER_SHADING = 'D9E2F3';
const GROUP_SHADING = 'F2F2F2';

export interface DocxProperties {
  title: string;
  creator: string;
}

/** The blocks as a `.docx` (Word 2007+), opened alike by Word and LibreOffice. */
export async function renderDocx(blocks: readonly ReportBlock[], properties: DocxProperties): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  let orientation: 'portrait' | 'landscape' = 'portrait';
  let children: (Paragraph | Table)[] = [];
  const closeSection = (): void => {
    if (children.length > 0) sections.push(section(children, orientation));
    children = [];
  };
  for (const block of blocks) {
    if (block.kind === 'section') {
      closeSection();
      orientation = block.orientation;
    } else children.push(...render(block, orientation));
  }
  closeSection();
  const document = new Document({
    title: properties.title,
    creator: properties.creator,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZES.body, language: { value: 'ru-RU' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font: FONT, size: SIZES.title, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
        heading1: { run: { font: FONT, size: SIZES.heading1, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: FONT, size: SIZES.heading2, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    sections,
  });
  return Packer.pack(document, 'uint8array');
}

function section(children: (Paragraph | Table)[], orientation: 'portrait' | 'landscape'): ISectionOptions {
  return {
    properties: {
      page: {
        // docx turns the page itself for a landscape section: width and height are given as for portrait.
        size: { width: PAGE.width, height: PAGE.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      },
    },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  };
}

function textWidth(orientation: 'portrait' | 'landscape'): number {
  return orientation === 'portrait' ? PAGE.width - PAGE.left - PAGE.right : PAGE.height - PAGE.left - PAGE.right;
}

function runs(text: Inline, size?: number, italics?: boolean): TextRun[] {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return parts.map((part) => new TextRun({ text: part.text, bold: 'bold' in part ? part.bold : undefined, size, italics }));
}

function render(block: Exclude<ReportBlock, { kind: 'section' }>, orientation: 'portrait' | 'landscape'): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) })];
    case 'subtitle':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(block.text) })];
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(block.text) })];
    case 'bullet':
      return [new Paragraph({ bullet: { level: 0 }, alignment: AlignmentType.JUSTIFIED, children: runs(block.text) })];
    case 'quote':
      return [new Paragraph({ indent: { left: 567 }, alignment: AlignmentType.JUSTIFIED, children: runs(`«${block.text}»`, undefined, true) })];
    case 'note':
      return [new Paragraph({ spacing: { before: 80 }, children: runs(block.text, SIZES.note, true) })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new ImageRun({ type: 'png', data: block.png, transformation: { width: block.width, height: block.height }, altText: { name: block.caption, description: block.caption, title: block.caption } })],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: runs(block.caption, SIZES.note, true) }),
      ];
    case 'table':
      return [table(block.columns, block.rows, textWidth(orientation)), new Paragraph({ spacing: { after: 0 }, children: [] })];
  }
}

function table(columns: readonly TableColumn[], rows: readonly TableRowBlock[], width: number): Table {
  const widths = columnWidths(columns, rows, width);
  const cell = (text: string, index: number, options: { bold?: boolean; header?: boolean; span?: number; shading?: string }): TableCell =>
    new TableCell({
      width: { size: options.span === undefined ? widths[index] : width, type: WidthType.DXA },
      columnSpan: options.span,
      shading: options.shading === undefined ? undefined : { type: ShadingType.CLEAR, color: 'auto', fill: options.shading },
      margins: { left: 57, right: 57, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          spacing: { after: 0, line: 240 },
          alignment: options.header ? AlignmentType.CENTER : columns[index]?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: options.bold || options.header, size: SIZES.table })],
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, index, { header: true, shading: HEADER_SHADING })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children:
              row.kind === 'group'
                ? [cell(row.cells[0] ?? '', 0, { bold: true, span: columns.length, shading: GROUP_SHADING })]
                : row.cells.map((text, index) => cell(text, index, { bold: row.kind === 'flagged' || row.kind === 'total' })),
          }),
      ),
    ],
  });
}

/** Twips a character of table text may take (9 pt bold, in a wide fallback font where Times is missing), and a cell's side margins. */
const CHAR_WIDTH = 140;
const CELL_MARGINS = 150;

/**
 * Column widths in twips filling `width`: by the columns' relative widths, but never narrower than the longest
 * word of the column (header or cell), so no word is broken across lines («недостаточно» stays whole).
 */
export function columnWidths(columns: readonly TableColumn[], rows: readonly TableRowBlock[], width: number): number[] {
  const longestWord = columns.map((column, index) =>
    Math.max(...[column.header, ...rows.filter((row) => row.kind !== 'group').map((row) => row.cells[index] ?? '')].flatMap((text) => text.split(/\s+/).map((word) => word.length))),
  );
  const minimum = longestWord.map((length) => length * CHAR_WIDTH + CELL_MARGINS);
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const free = width - [...fixed].reduce((sum, index) => sum + minimum[index], 0);
    const weights = columns.reduce((sum, column, index) => sum + (fixed.has(index) ? 0 : column.width), 0);
    widths = columns.map((column, index) => (fixed.has(index) ? minimum[index] : Math.floor((column.width / weights) * free)));
    const narrow = widths.findIndex((value, index) => !fixed.has(index) && value < minimum[index]);
    if (narrow === -1 || fixed.size === columns.length - 1) return widths;
    fixed.add(narrow);
  }
}
