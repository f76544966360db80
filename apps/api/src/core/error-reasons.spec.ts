import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getNamedType, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MODULE_ERROR_REASONS } from '../app/error-reasons.type.js';
import { getSchema } from '../app/schema.js';

// extensions.reason is a value of the module's enum (DESIGN, GraphQL conventions), in the schema so
// that the apps' types know it. Services may still write a reason as a string literal (badInput's
// and conflict's reason is a string): this scan makes a reason that no enum lists fail here.

const SRC = fileURLToPath(new URL('..', import.meta.url));
const TEST_FILE = /(\.spec\.ts|\.int-spec\.ts)$/;

interface FoundReason {
  file: string;
  line: number;
  reason: string;
}

/** Every non-test .ts file under apps/api/src, relative to it with / separators. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'test' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !TEST_FILE.test(entry.name) ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

const STRING = String.raw`'([^'\n]*)'|"([^"\n]*)"|\x60([^\x60$\n]*)\x60`;
const ARG = String.raw`(?:'[^'\n]*'|"[^"\n]*"|\x60[^\x60\n]*\x60|[\w.$]+(?:\([^()]*\))?)`;
// A literal reason: `reason: 'X'`, badInput(field, 'X', …), conflict('X', …), sendError(res, status, code, 'X', …), limitRejection('X').
const REASON_PATTERNS = [
  new RegExp(String.raw`\breason\s*:\s*(?:${STRING})`, 'g'),
  new RegExp(String.raw`\bbadInput\(\s*${ARG}\s*,\s*(?:${STRING})`, 'g'),
  new RegExp(String.raw`\bconflict\(\s*(?:${STRING})`, 'g'),
  new RegExp(String.raw`\bsendError\(\s*${ARG}\s*,\s*${ARG}\s*,\s*${ARG}\s*,\s*(?:${STRING})`, 'g'),
  new RegExp(String.raw`\blimitRejection\(\s*(?:${STRING})`, 'g'),
];

/** The literal reasons written in one source text, with their line. */
function literalReasons(file: string, text: string): FoundReason[] {
  return REASON_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({
      file,
      line: text.slice(0, m.index).split('\n').length,
      reason: m[1] ?? m[2] ?? m[3],
    })),
  );
}

/** The module a source file belongs to (module-map.json): modules/<name>/…, else core's generic reasons only. */
const moduleOf = (file: string) => /^modules\/([^/]+)\//.exec(file)?.[1] ?? 'core';

/** The reasons a file may give: its module's enum and core's. */
function allowedIn(file: string): Set<string> {
  const own = MODULE_ERROR_REASONS[moduleOf(file)] ?? {};
  return new Set([...Object.values(MODULE_ERROR_REASONS.core), ...Object.values(own)]);
}

const unlisted = (found: FoundReason[]) => found.filter((f) => !allowedIn(f.file).has(f.reason));

describe('error reasons', () => {
  const found = sourceFiles().flatMap((file) => literalReasons(file, readFileSync(join(SRC, file), 'utf8')));

  it('finds the literal reasons of the sources (the scan is not blind)', () => {
    expect(sourceFiles()).toContain('modules/enrolment/enrolment.service.ts');
    // Today's literals in the modules still being rewritten; if they move to the enum, the scan still covers the others.
    expect(found.length).toBeGreaterThan(0);
  });

  it('lists every reason thrown in apps/api/src in its module\'s enum or in CoreErrorReason', () => {
    expect(unlisted(found).map((f) => `${f.file}:${f.line} ${f.reason}`)).toEqual([]);
  });

  it('catches a new reason that no enum lists, in each form the scan knows', () => {
    const text = [
      "throw conflict('NEW_CONFLICT', 'x');",
      'throw badInput(`${path}.name`, "NEW_INPUT", \'x\');',
      "throw new DomainError(ErrorCode.FORBIDDEN, 'x', { field: 'a', reason: 'NEW_DETAIL' });",
      "sendError(res, 400, 'BAD_REQUEST', 'NEW_TRANSPORT', 'x');",
      "throw badInput(field, EnrolmentErrorReason.CLASS_FULL, 'x'); throw conflict('CLASS_FULL', 'x');",
    ].join('\n');
    const scanned = literalReasons('modules/enrolment/x.service.ts', text);
    expect(unlisted(scanned).map((f) => f.reason)).toEqual(['NEW_DETAIL', 'NEW_INPUT', 'NEW_CONFLICT', 'NEW_TRANSPORT']);
    // A module's reason is not another module's: CLASS_FULL belongs to enrolment only.
    expect(unlisted(literalReasons('modules/evaluation/x.ts', "conflict('CLASS_FULL', 'x')")).map((f) => f.reason)).toEqual(['CLASS_FULL']);
  });

  it('prints each module\'s enum in the schema, as a field of ErrorReasons', async () => {
    const schema = await getSchema();
    const holder = schema.getType('ErrorReasons') as GraphQLObjectType;
    const fields = holder.getFields();
    expect(Object.keys(fields).sort()).toEqual(Object.keys(MODULE_ERROR_REASONS).sort());
    for (const [module, reasons] of Object.entries(MODULE_ERROR_REASONS)) {
      const printed = (getNamedType(fields[module].type) as GraphQLEnumType).getValues().map((v) => v.value);
      expect(printed.sort(), module).toEqual(Object.values(reasons).sort());
    }
  });
});
