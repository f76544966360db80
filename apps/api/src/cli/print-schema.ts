import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from '../app/schema.js';

// schema.graphql at the repository root is THE public contract, printed from the code.
// `--check` fails when the committed file has drifted from what the code says.
const target = fileURLToPath(new URL('../../../../schema.graphql', import.meta.url));
const HEADER = '# Printed from apps/api by `npm run schema:print -w @massar/api`. Do not edit by hand.\n\n';

const printed = HEADER + printSchema(lexicographicSortSchema(await getSchema()));
if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== printed) {
    process.stderr.write('schema.graphql differs from the schema the API builds: run `npm run schema:print -w @massar/api` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql matches the API.\n');
} else {
  writeFileSync(target, printed);
  process.stdout.write(`wrote ${target}\n`);
}
