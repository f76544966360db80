import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModuleMap, REPO_ROOT, type ApiModule } from './test/module-map.js';

// "A module writes only its own tables; others go through its exported functions" (DESIGN.md,
// Module rules). The owners are the `owns` lists of module-map.json; this reads every module's
// sources for the statements that write (SQL and TypeORM's repository writes) and names the
// writes of a table the module does not own.

const map = readModuleMap();
const API_ROOT = join(REPO_ROOT, map.api.root);
const MIGRATIONS = join(API_ROOT, 'core/database/migrations');

/** A glob of the map (`**`, `*`) as a regular expression over a path relative to the API's root. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const TEST_FILES = map.api.testFiles.map(globToRegExp);
const isExempt = (file: string) =>
  TEST_FILES.some((test) => test.test(file)) || map.api.writeExempt.some((dir) => file === dir || file.startsWith(`${dir}/`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(API_ROOT, path)] : [];
  });
}

const owningModule = (file: string): ApiModule | undefined =>
  map.api.modules.find((m) => m.paths.some((path) => file === path || file.startsWith(`${path}/`)));

/** Tables the migrations create, partitions excluded (they belong to their parent's owner). */
function migratedTables(): string[] {
  const sql = readdirSync(MIGRATIONS)
    .map((name) => readFileSync(join(MIGRATIONS, name), 'utf8'))
    .join('\n');
  const tables = [...sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)"?(?![a-z0-9_%])(?!\s+PARTITION OF)/g)].map((m) => m[1]);
  return [...new Set(tables)].sort();
}

/** `Student` → `student`, from the `@Entity('…')` of every entity class. */
function entityTables(): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of sourceFiles(API_ROOT).filter((f) => f.endsWith('.entity.ts'))) {
    const text = readFileSync(join(API_ROOT, file), 'utf8');
    for (const m of text.matchAll(/@Entity\('([a-z_][a-z0-9_]*)'\)[\s\S]*?export class (\w+)/g)) tables.set(m[2], m[1]);
  }
  return tables;
}

const TABLE = String.raw`(?:ONLY\s+)?(?:public\.)?("?[a-z_][a-z0-9_]*"?|\$\{)`;
/** Upper-case SQL only, as the code writes it ("update the cache" in a comment is not a statement). */
const SQL_WRITES = [
  new RegExp(String.raw`\bINSERT\s+INTO\s+${TABLE}`, 'g'),
  new RegExp(String.raw`(?<!\b(?:DO|FOR|KEY)\s+)\bUPDATE\s+${TABLE}`, 'g'),
  new RegExp(String.raw`\bDELETE\s+FROM\s+${TABLE}`, 'g'),
  new RegExp(String.raw`\bMERGE\s+INTO\s+${TABLE}`, 'g'),
  new RegExp(String.raw`\bTRUNCATE\s+(?:TABLE\s+)?${TABLE}`, 'g'),
  new RegExp(String.raw`\bCOPY\s+${TABLE}`, 'g'),
];
const REPOSITORY_WRITES = [
  /getRepository\((\w+)\)\s*\.(?:save|insert|update|upsert|delete|remove|softDelete|restore|increment|decrement)\(/g,
  /\.(?:save|insert|update|upsert|delete|remove)\((\w+),/g,
];

interface Write {
  file: string;
  line: number;
  table: string;
}

/** The code without its comments (which may say "an UPDATE answers…"), lines kept in place. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/^\s*\/\/.*$/gm, '');
}

/** The tables a source file writes; `${…}` when the statement builds the table's name. */
function writesOf(file: string, entities: Map<string, string>, known: Set<string>): Write[] {
  const text = withoutComments(readFileSync(join(API_ROOT, file), 'utf8'));
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const writes: Write[] = [];
  for (const pattern of SQL_WRITES) {
    for (const m of text.matchAll(pattern)) writes.push({ file, line: lineOf(m.index), table: m[1].replaceAll('"', '') });
  }
  for (const pattern of REPOSITORY_WRITES) {
    for (const m of text.matchAll(pattern)) {
      const table = entities.get(m[1]);
      if (table) writes.push({ file, line: lineOf(m.index), table });
    }
  }
  // A temporary table the file creates itself is its own scratch space, no module's table.
  const temporary = new Set([...text.matchAll(/\bCREATE\s+TEMPORARY\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map((m) => m[1]));
  // A partition (grade_y7, enrolment_default) is its parent's.
  return writes.filter((w) => !temporary.has(w.table)).map((w) => {
    const parent = w.table.replace(/_(?:y\d+|default)$/, '');
    return known.has(parent) ? { ...w, table: parent } : w;
  });
}

describe('table ownership (module-map.json)', () => {
  const tables = migratedTables();
  const owners = map.api.modules.flatMap((m) => m.owns.map((table) => ({ table, module: m.name })));

  it('gives every table of the migrations exactly one owner, and owns only real tables', () => {
    const owned = owners.map((o) => o.table).sort();
    expect(owned.filter((table, i) => owned.indexOf(table) !== i)).toEqual([]);
    expect(tables.filter((table) => !owned.includes(table))).toEqual([]);
    expect(owned.filter((table) => !tables.includes(table))).toEqual([]);
  });

  it('finds the writes it looks for (so that an empty result means something)', () => {
    const entities = entityTables();
    const writes = writesOf('modules/evaluation/grade.service.ts', entities, new Set(tables));
    expect(writes.map((w) => w.table)).toContain('grade');
    expect(entities.get('Student')).toBe('student');
  });

  it('lets each module write only the tables it owns', () => {
    const entities = entityTables();
    const known = new Set(tables);
    const foreign = sourceFiles(API_ROOT)
      .filter((file) => !isExempt(file))
      .flatMap((file) => {
        const module = owningModule(file);
        return writesOf(file, entities, known)
          .filter((w) => !module?.owns.includes(w.table))
          .map((w) => {
            const owner = owners.find((o) => o.table === w.table)?.module ?? 'no module (name the table literally)';
            return `${w.file}:${w.line} (${module?.name ?? 'no module'}) writes ${w.table}, owned by ${owner}`;
          });
      });
    expect(foreign).toEqual([]);
  });
});
