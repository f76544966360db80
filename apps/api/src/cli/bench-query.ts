import type pg from 'pg';

/** Latencies of one way of running the nested query, over the sampled schools. */
export interface QueryBench {
  label: string;
  ms: number[];
  pupils: number;
  guardians: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** The p-th percentile (0–1) of unsorted latencies; NaN when there are none. */
export function percentileOf(ms: number[], p: number): number {
  return ms.length ? percentile([...ms].sort((a, b) => a - b), p) : NaN;
}

export function stats(ms: number[]): { median: number; p95: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** The school → classes → pupils → guardians query as the API's loaders issue it: 4 statements. */
export async function benchSql(db: pg.ClientBase, codes: string[], year: string): Promise<QueryBench> {
  const [{ id: yearId }] = (await db.query('SELECT id FROM school_year WHERE name = $1', [year])).rows;
  const once = async (code: string) => {
    const school = (await db.query('SELECT * FROM school WHERE code = $1', [code])).rows[0];
    const classes = await db.query('SELECT * FROM school_class WHERE school_id = $1 AND school_year_id = $2 ORDER BY level_id, name', [school.id, yearId]);
    const pupils = await db.query(
      `SELECT e.class_id, s.* FROM enrolment e JOIN student s ON s.id = e.student_id
       WHERE e.class_id = ANY($1::int[]) AND e.school_year_id = $2 ORDER BY e.class_id, s.last_name, s.first_name, s.id`,
      [classes.rows.map((c) => c.id), yearId],
    );
    const guardians = await db.query(
      `SELECT sg.student_id, sg.relationship, g.* FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
       WHERE sg.student_id = ANY($1::bigint[]) ORDER BY sg.student_id, sg.relationship`,
      [pupils.rows.map((p) => p.id)],
    );
    return { pupils: pupils.rowCount ?? 0, guardians: guardians.rowCount ?? 0 };
  };
  return measure('SQL, the loaders\' 4 statements', codes, once);
}

export const NESTED_QUERY = `query Bench($code: String!, $year: String) {
  school(code: $code) {
    code nameFr
    classes(year: $year) {
      name
      students(first: 100) {
        edges { node { codeMassar firstName lastName firstNameAr lastNameAr guardians { firstName lastName relationship phone } } }
      }
    }
  }
}`;

// A first pass over a tenth of the schools warms the caches and the connection; it is not counted.
async function measure(label: string, codes: string[], once: (code: string) => Promise<{ pupils: number; guardians: number }>): Promise<QueryBench> {
  for (const code of codes.slice(0, Math.ceil(codes.length / 10))) await once(code);
  const result: QueryBench = { label, ms: [], pupils: 0, guardians: 0 };
  for (const code of codes) {
    const started = performance.now();
    const { pupils, guardians } = await once(code);
    result.ms.push(performance.now() - started);
    result.pupils += pupils;
    result.guardians += guardians;
  }
  return result;
}
