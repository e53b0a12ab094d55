/**
 * The part of the `docx` package the engine uses, declared for tsconfig.engine.json only. The package's own
 * declarations open with `/// <reference types="node" />`, which would bring Node's globals (Buffer, process)
 * into the engine's check and let a Node dependency slip through unseen. tsconfig.engine.json maps `docx` here;
 * the full check (tsconfig.json, which excludes this file) types every use against the package's real
 * declarations, so these may stay loose. A new import from `docx` in the engine is added here too.
 */

type Options = Readonly<Record<string, unknown>>;
type Child = Paragraph | Table;

export declare const AlignmentType: { readonly CENTER: 'center'; readonly LEFT: 'left'; readonly RIGHT: 'right'; readonly JUSTIFIED: 'both' };
export declare const HeadingLevel: { readonly TITLE: 'Title'; readonly HEADING_1: 'Heading1'; readonly HEADING_2: 'Heading2' };
export declare const PageNumber: { readonly CURRENT: 'CURRENT' };
export declare const PageOrientation: { readonly PORTRAIT: 'portrait'; readonly LANDSCAPE: 'landscape' };
export declare const ShadingType: { readonly CLEAR: 'clear' };
export declare const TableLayoutType: { readonly FIXED: 'fixed' };
export declare const WidthType: { readonly DXA: 'dxa' };

export interface ISectionOptions {
  readonly properties?: Options;
  readonly footers?: { readonly default?: Footer };
  readonly children: readonly Child[];
}

export declare class Document {
  constructor(options: Options & { readonly sections: readonly ISectionOptions[] });
}
export declare class Footer {
  constructor(options: { readonly children: readonly Child[] });
}
export declare class Paragraph {
  constructor(options: Options);
}
export declare class TextRun {
  constructor(options: Options);
}
export declare class ImageRun {
  constructor(options: Options & { readonly type: 'png'; readonly data: Uint8Array });
}
export declare class PageBreak {}
export declare class Table {
  constructor(options: Options & { readonly rows: readonly TableRow[] });
}
export declare class TableRow {
  constructor(options: Options & { readonly children: readonly TableCell[] });
}
export declare class TableCell {
  constructor(options: Options & { readonly children: readonly Child[] });
}
export declare class Packer {
  static pack(document: Document, type: 'uint8array'): Promise<Uint8Array>;
}
