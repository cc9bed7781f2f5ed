/**
 * `pulso demo` without the command line: simulate the studio, render the workbooks and the manifest,
 * and write them into a folder. `generateDemo` is pure (same options, same bytes); `writeDemo` adds
 * the file system.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoManifest, manifestFileName } from './manifest.ts';
import { simulateStudio, type DemoOptions } from './simulate.ts';
import { tecnofitWorkbooks } from './write-workbooks.ts';

export interface GeneratedDemo {
  files: { name: string; bytes: Uint8Array }[];
  manifest: ReturnType<typeof demoManifest>;
}

export function generateDemo(options: DemoOptions): GeneratedDemo {
  const simulated = simulateStudio(options);
  const workbooks = tecnofitWorkbooks(simulated.studio);
  const manifest = demoManifest(simulated, workbooks);
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return { files: [...workbooks.map(({ name, bytes }) => ({ name, bytes })), { name: manifestFileName, bytes: manifestBytes }], manifest };
}

export function writeDemo(directory: string, options: DemoOptions): GeneratedDemo {
  const demo = generateDemo(options);
  mkdirSync(directory, { recursive: true });
  for (const file of demo.files) writeFileSync(join(directory, file.name), file.bytes);
  return demo;
}

/** The workbooks of a written demo, as paths for the importer (the manifest is not one). */
export function workbookPaths(directory: string, demo: GeneratedDemo): string[] {
  return demo.files.filter((file) => file.name.endsWith('.xlsx')).map((file) => join(directory, file.name));
}
