/**
 * Native Excel charts of the summary (not pictures): each drawn over its block of values on the `Диаграммы` sheet,
 * so it follows the data; and their pictures (`Chart.getImage`, ExcelApi 1.2) for the report.
 */
import type { SummaryChartKind } from '../../engine';
import { failureFromError, type ExcelResult } from './failures';
import type { ChartPlace } from './summaryValues';

const CHART_TYPES: Record<SummaryChartKind, Excel.ChartType> = {
  bar: 'BarClustered' as Excel.ChartType,
  column: 'ColumnClustered' as Excel.ChartType,
  stackedBar: 'BarStacked' as Excel.ChartType,
};

/** Sheet rows a chart takes at least, and at most: a bar chart of a hundred schools grows to keep its labels readable. */
const CHART_ROWS = 20;
const MAX_CHART_ROWS = 80;

function chartRows(place: ChartPlace): number {
  if (place.chart.kind === 'column') return CHART_ROWS;
  return Math.min(MAX_CHART_ROWS, Math.max(CHART_ROWS, Math.ceil(place.chart.rows.length * 1.5) + 6));
}

/** Queues the charts on `sheet` (no sync here): type, source, name, title, place (one under another, columns G…P). */
export function queueCharts(sheet: Excel.Worksheet, places: readonly ChartPlace[]): void {
  let top = 1;
  for (const place of places) {
    const chart = sheet.charts.add(CHART_TYPES[place.chart.kind], sheet.getRange(place.source), 'Columns' as Excel.ChartSeriesBy);
    chart.name = place.chart.name;
    chart.title.text = place.chart.title;
    const rows = chartRows(place);
    chart.setPosition(`G${top}`, `P${top + rows - 2}`);
    chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
    top += rows;
  }
}

export interface ChartImage {
  name: string;
  /** The PNG's bytes (the host gives base64). */
  png: Uint8Array;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The pictures of the named charts on `sheet`, in one sync. */
export async function chartImages(sheet: string, names: readonly string[]): Promise<ExcelResult<ChartImage[]>> {
  try {
    const images = await Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem(sheet).charts;
      const results = names.map((name) => ({ name, image: charts.getItem(name).getImage(1200, 600, 'Fit' as Excel.ImageFittingMode) }));
      await context.sync();
      return results.map(({ name, image }) => ({ name, png: base64ToBytes(image.value) }));
    });
    return { ok: true, value: images };
  } catch (error) {
    return failureFromError(error);
  }
}
