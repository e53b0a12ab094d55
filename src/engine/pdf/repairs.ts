/**
 * What the inspector had to mend to read a file. The inspector is more forgiving than the viewer in places
 * (it finds a catalog inside object streams that pdf.js never looks into, it counts pages that pdf.js does not
 * show): a file it could read only thanks to a repair is not a work on its word alone. The viewer's reader
 * decides (see openCheck.ts).
 */
export type PdfRepair =
  /** The cross-reference was missing or wrong: objects were found by scanning the file. */
  | 'rebuilt-cross-reference'
  /** Offsets count from the start of the file, not from `%PDF-` after junk. */
  | 'offset-base'
  /** A hybrid file's hidden cross-reference stream (/XRefStm) could not be read. */
  | 'hidden-cross-reference'
  /** The table's first subsection is numbered from 1 though it starts with object 0. */
  | 'table-numbering'
  /** An object stream does not hold an object at the index the cross-reference gives. */
  | 'object-stream-index'
  /** The page tree's /Count is missing, absurd, or not the number of pages in it. */
  | 'page-count'
  /** The page tree refers back to itself or lists a node twice. */
  | 'page-tree-cycle'
  /** A page's stream has a wrong /Length: its end was found by `endstream`. */
  | 'stream-length'
  /** The file's encryption could not be read; the pages were readable without it. */
  | 'unread-encryption';
