/**
 * The demo package and protocol for the expert's browser tests (expert and viewer window), and the viewer window's
 * test package: the demo package (assets/demo) with a criteria PDF of several text pages, so the window's matcher
 * has a task to find on a page other than the first. pdf.js reads its text layer as it would a real criteria PDF's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobReader, BlobWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, type FileEntry } from '@zip.js/zip.js';
import type { Page } from 'playwright-core';
import { ROOT } from './support/browser';
import { workbookFromXlsx, type StandInWorkbook } from './support/standInExcel';

const DEMO = join(ROOT, 'assets', 'demo');
export const demo = JSON.parse(readFileSync(join(DEMO, 'demo-package.json'), 'utf8')) as { packageId: string; file: string };
export const demoZip = readFileSync(join(DEMO, demo.file));

/** A PDF of text pages (Helvetica, Latin-1): one string per page, lines split at `\n`. */
export function textPdf(pages: readonly string[]): Uint8Array {
  const objects: string[] = [];
  const pageRefs = pages.map((_, index) => `${4 + 2 * index} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageRefs}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((text, index) => {
    const lines = text.split('\n').map((line, row) => `BT /F1 18 Tf 72 ${760 - row * 28} Td (${line.replace(/[\\()]/g, '\\$&')}) Tj ET`);
    const stream = lines.join('\n');
    objects[4 + 2 * index] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * index} 0 R >>`;
    objects[5 + 2 * index] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number += 1) {
    offsets[number] = body.length;
    body += `${number} 0 obj\n${objects[number]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let number = 1; number < objects.length; number += 1) body += `${String(offsets[number]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** Criteria of variant 1 over three pages: the tasks 1 and 2 on page 2, 3 and 4K1 on page 3. */
export const CRITERIA_PAGES = ['DEMO scoring criteria\nGeneral rules, see task 3 below', '1. First task: 2 points\n2. Second task: 1 point', '3. Third task: 3 points\n4K1 Extended answer'];

/** The demo package with the three-page criteria in place of its one-page one. */
export async function packageWithCriteria(): Promise<Buffer> {
  const reader = new ZipReader(new BlobReader(new Blob([demoZip])), { useWebWorkers: false });
  const writer = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false, level: 0 });
  for (const entry of (await reader.getEntries()) as FileEntry[]) {
    if (entry.directory) continue;
    const bytes = entry.filename === 'Материалы/Критерии 1.pdf' ? textPdf(CRITERIA_PAGES) : await entry.getData(new Uint8ArrayWriter());
    await writer.add(entry.filename, new Uint8ArrayReader(bytes));
  }
  await reader.close();
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

/** The demo protocol's cells, as the stand-in Excel holds them. */
export async function demoProtocol(): Promise<StandInWorkbook> {
  const reader = new ZipReader(new BlobReader(new Blob([demoZip])), { useWebWorkers: false });
  const entry = (await reader.getEntries()).find((candidate) => candidate.filename === `Протокол ${demo.packageId}.xlsx`) as FileEntry;
  const bytes = await entry.getData(new Uint8ArrayWriter());
  await reader.close();
  return workbookFromXlsx(bytes, { sheet: 'Протокол', row: 1, column: 1 });
}

export interface CanvasPixels {
  /** The canvas's `data-page`. */
  page: number;
  cssWidth: number;
  pixelWidth: number;
  /** Distinct colours (4 bits a channel) among every 7th pixel: a blank page has one or two. */
  distinct: number;
  /** Pixels darker than mid-grey among those: ink. */
  dark: number;
}

/** The pixels of the canvas `selector` finds, read back (zeros when there is none or it is empty). */
export function canvasPixels(page: Page, selector: string): Promise<CanvasPixels> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector(sel) as HTMLCanvasElement | null;
    if (!canvas || canvas.width === 0) return { page: 0, cssWidth: 0, pixelWidth: 0, distinct: 0, dark: 0 };
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let dark = 0;
    for (let index = 0; index < pixels.length; index += 4 * 7) {
      colours.add((pixels[index] >> 4) * 256 + (pixels[index + 1] >> 4) * 16 + (pixels[index + 2] >> 4));
      if (pixels[index] + pixels[index + 1] + pixels[index + 2] < 3 * 160) dark += 1;
    }
    return { page: Number(canvas.dataset.page), cssWidth: canvas.getBoundingClientRect().width, pixelWidth: canvas.width, distinct: colours.size, dark };
  }, selector);
}
