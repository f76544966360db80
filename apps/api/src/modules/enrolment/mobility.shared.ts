import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors.js';
import { Level } from '../schooling/level.entity.js';
import { Stream } from '../schooling/stream.entity.js';
import { schoolRule } from '../territory/territory.access.js';
import { School } from '../territory/school.entity.js';
import { registrySchoolRule } from './enrolment.access.js';

/**
 * The school whose registry the viewer holds, by code: outside the viewer's scope a school
 * answers as an unknown code (NOT_FOUND); a school the viewer sees without its registry (a
 * teacher's) is FORBIDDEN.
 */
export async function registrySchool(db: DataSource | EntityManager, viewer: Viewer, code: string): Promise<School> {
  const school = await db.getRepository(School).findOneBy({ code: code.trim().toUpperCase() });
  if (!school) throw notFound('School');
  await requireVisible(db, viewer, schoolRule, [school.id], 'School');
  await requireAccess(db, viewer, registrySchoolRule, [school.id]);
  return school;
}

/**
 * `work` in one transaction, committed only when `commit` (a dry run rolls everything back:
 * it computes the same report as the real run with the same statements, and leaves nothing).
 */
export async function inTransaction<T>(db: DataSource, commit: boolean, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => {});
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/** Levels and streams by id (reference data: a dozen and a score of rows). */
export interface Reference {
  levels: Map<number, Level>;
  streams: Map<number, Stream>;
}

export async function loadReference(db: DataSource | EntityManager): Promise<Reference> {
  const [levels, streams] = await Promise.all([db.getRepository(Level).find(), db.getRepository(Stream).find()]);
  return { levels: new Map(levels.map((l) => [l.id, l])), streams: new Map(streams.map((s) => [s.id, s])) };
}
