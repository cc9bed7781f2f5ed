/**
 * Same seed and as-of, same bytes: no clock, no timestamps in the zip entries or in docProps/core.xml.
 * Different seeds, different studios.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { generateDemo } from './write-demo.ts';

const options = { customers: 300, seed: 7, asOf: '2026-11-23' };

/** The modification time and date of every local file header in a zip. */
function zipEntryTimes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const times: number[] = [];
  for (let offset = 0; offset + 30 <= bytes.length; ) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    times.push(view.getUint32(offset + 10, true));
    const compressed = view.getUint32(offset + 18, true);
    offset += 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + compressed;
  }
  return times;
}

function zipText(bytes: Uint8Array, path: string): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), `/${path}`);
  if (!entry?.content) throw new Error(`no ${path}`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}

describe('generateDemo', () => {
  const first = generateDemo(options);

  it('gives byte-identical files for the same seed and as-of', () => {
    const second = generateDemo(options);
    expect(second.files.map((f) => f.name)).toEqual(first.files.map((f) => f.name));
    second.files.forEach((file, index) => {
      expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(first.files[index]?.bytes ?? []))).toBe(0);
    });
  });

  it('gives different files for a different seed', () => {
    const other = generateDemo({ ...options, seed: 8 });
    other.files.forEach((file, index) => {
      expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(first.files[index]?.bytes ?? []))).not.toBe(0);
    });
  });

  it('stamps workbooks with their snapshot date, never the time of writing', () => {
    for (const file of first.files.filter((f) => f.name.endsWith('.xlsx'))) {
      const times = zipEntryTimes(file.bytes);
      expect(times.length).toBeGreaterThan(5);
      expect(new Set(times)).toEqual(new Set([0]));
      const core = zipText(file.bytes, 'docProps/core.xml');
      const snapshot = file.name === 'funil_vendas_2026-11-16.xlsx' ? '2026-11-16' : '2026-11-23';
      expect(core.match(/\d{4}-\d\d-\d\dT[\d:]+Z/g)).toEqual([`${snapshot}T06:00:00Z`]);
      expect(core).toContain('<dc:creator>Tecnofit</dc:creator>');
    }
  });

  it('describes in the manifest what it wrote', () => {
    expect(first.manifest).toMatchObject({ seed: 7, asOf: '2026-11-23', customers: 300, timeZone: 'America/Sao_Paulo' });
    expect(first.manifest.files.map((f) => f.file)).toEqual(first.files.map((f) => f.name));
    expect(first.manifest.salesHistory).toEqual({ from: '2023-11-23', to: '2026-11-23' });
  });
});
