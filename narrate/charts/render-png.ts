/**
 * An ECharts option to a PNG, in-process and without a browser: ECharts' server-side SVG renderer,
 * then resvg. The font travels with the package (Inter, OFL), because a server may have no fonts at
 * all and a chart without labels is worse than none.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export const chartFont = 'Inter';
const interDirectory = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/inter/package.json'));
const fontFiles = [join(interDirectory, '400Regular/Inter_400Regular.ttf'), join(interDirectory, '700Bold/Inter_700Bold.ttf')];

export function renderSvg(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: chartFont }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function renderPng(option: echarts.EChartsOption, width: number, height: number): Buffer {
  const svg = renderSvg(option, width, height);
  return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: chartFont } }).render().asPng();
}
