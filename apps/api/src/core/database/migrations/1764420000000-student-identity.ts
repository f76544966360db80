import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A pupil's identity as registration compares it (modules/people/duplicate-identity.ts): the
// Latin first and last names, the birth date and the birth place, each name reduced the way
// comparableName() of modules/people/person-name.ts reduces it. The reduction is SQL, not a
// column the API fills, so that every writer of student rows (registration, the COPY seed, the
// demo) is covered; a test keeps the two in step.
//
// comparable_name(): NFD, combining marks of the Latin and Arabic blocks removed (JavaScript's
// \p{M} also covers scripts no name of this registry is written in), tatweel dropped, alef
// wasla / teh marbuta / alef maqsura unified, lower case, trimmed, inner spaces collapsed. The
// SQL-standard body is parsed once, at creation: the index does not depend on a search_path.
//
// The index leads with the birth date (a few hundred pupils share one among a million), then the
// two names: one index probe per lookup, ~40 MB at 1,000,000 pupils. The birth place is compared
// on the few rows found rather than widening every entry of the index.
const MARKS = '[\\u0300-\\u036f\\u0483-\\u0489\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20f0\\ufe20-\\ufe2f]';
const SPACE = '[\\s\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';

export class StudentIdentity1764420000000 implements MigrationInterface {
  name = 'StudentIdentity1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION comparable_name(name text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN regexp_replace(
          regexp_replace(
            lower(translate(regexp_replace(normalize(name, NFD), '${MARKS}', '', 'g'), 'ٱةىـ', 'اهي')),
            '^${SPACE}+|${SPACE}+$', '', 'g'),
          '${SPACE}+', ' ', 'g');
      CREATE INDEX student_identity_idx ON student (birth_date, comparable_name(last_name), comparable_name(first_name));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX student_identity_idx; DROP FUNCTION comparable_name(text);`);
  }
}
