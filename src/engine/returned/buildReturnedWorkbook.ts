/**
 * A school's returned protocol for one test (issue 9): Итоги, Работы, Протокол, Задания, Причины и меры and the
 * hidden sheet, built with ExcelJS so that it reads in plain Excel and LibreOffice, add-in or not.
 */
import ExcelJS from 'exceljs';
import { shareEmptyStyles } from '../emptyStyles';
import { addAnswersSheet } from './answersForm';
import { addReturnedMetaSheet } from './metaSheet';
import { addProtocolSheet } from './protocolSheet';
import { addTasksSheet } from './tasksSheet';
import { addTotalsSheet } from './totalsSheet';
import type { ReturnSettings, SchoolReturn } from './types';
import { addWorksSheet } from './worksSheet';

export async function buildReturnedWorkbook(school: SchoolReturn, settings: ReturnSettings): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  workbook.lastModifiedBy = 'Recheck';
  workbook.title = `Результаты перепроверки: ${school.subject}, ${school.grade} класс`;
  workbook.company = '';
  const created = new Date(settings.createdAt);
  workbook.created = Number.isNaN(created.getTime()) ? new Date(0) : created;
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const title = `${school.school}, ${school.subject}, ${school.grade} класс`;
  await addTotalsSheet(workbook, school, settings, title);
  await addWorksSheet(workbook, school, title);
  await addProtocolSheet(workbook, school, title);
  await addTasksSheet(workbook, school, title);
  await addAnswersSheet(workbook, school, settings, title);
  addReturnedMetaSheet(workbook, school, settings);
  shareEmptyStyles(workbook);
  // Fast deflate, as for the expert's protocol: the XML is repetitive, level 1 is about twice as fast to write.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
  return new Uint8Array(buffer as ArrayBuffer);
}
