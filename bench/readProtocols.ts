/** The baseline of bench/mergeBench.ts, in a process of its own: each workbook given read with ExcelJS, nothing more. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

async function main(paths: string[]) {
  let rows = 0;
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(path);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    workbook.eachSheet((sheet) => { rows += sheet.rowCount; });
  }
  console.log(`прочитано книг ${paths.length}, строк ${rows}`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
