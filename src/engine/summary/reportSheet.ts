import { inlineText, type ReportBlock } from '../report';
import type { SummaryCell } from './types';

/**
 * The report's blocks as sheet rows: a paragraph per row in column A, a table as its header and rows across the
 * columns, a blank row between sections. Pictures and page layout have no place on a sheet; an image keeps its caption.
 */
export function reportSheetRows(blocks: readonly ReportBlock[]): SummaryCell[][] {
  const rows: SummaryCell[][] = [];
  const blank = () => {
    if (rows.length > 0 && rows[rows.length - 1].length > 0) rows.push([]);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
      case 'subtitle':
        rows.push([block.text]);
        break;
      case 'heading':
        blank();
        rows.push([block.text]);
        break;
      case 'paragraph':
      case 'note':
        rows.push([inlineText(block.text)]);
        break;
      case 'bullet':
        rows.push([`• ${inlineText(block.text)}`]);
        break;
      case 'quote':
        rows.push([`«${block.text}»`]);
        break;
      case 'table':
        rows.push(block.columns.map((column) => column.header));
        for (const row of block.rows) rows.push(row.cells.map((cell) => cell));
        blank();
        break;
      case 'image':
        rows.push([block.caption]);
        break;
      case 'pageBreak':
      case 'section':
        break;
    }
  }
  return rows;
}
