import type { ReportBlock } from './blocks';
import { pngSize } from './pngSize';
import type { ReportChart } from './types';

/** The widest a chart is drawn, in pixels at 96 dpi: the text width of the page (16.5 cm). */
export const CHART_MAX_WIDTH = 620;

/** «Диаграммы»: each chart as a picture, scaled to the text width, numbered with its caption. A chart that is not a PNG is left out. */
export function chartsSection(charts: readonly ReportChart[]): ReportBlock[] {
  const pictures = charts.flatMap((chart) => {
    const size = pngSize(chart.png);
    return size === null ? [] : [{ chart, size }];
  });
  if (pictures.length === 0) return [];
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '9. Диаграммы' }];
  pictures.forEach(({ chart, size }, index) => {
    const scale = Math.min(1, CHART_MAX_WIDTH / size.width);
    blocks.push({
      kind: 'image',
      png: chart.png,
      width: Math.round(size.width * scale),
      height: Math.round(size.height * scale),
      caption: `Рисунок ${index + 1}. ${chart.caption}`,
    });
  });
  return blocks;
}
