import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function readCsv(path: URL): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
}

export function dataFile(name: string): URL {
  // src/core/database and dist/core/database sit at the same depth below apps/api.
  return new URL(`../../../data/${name}`, import.meta.url);
}
