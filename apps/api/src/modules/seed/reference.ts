import type pg from 'pg';
import { type Cycle } from './national-shape.js';

export interface RegionRef {
  id: number;
  population: number;
}
export interface ProvinceRef {
  id: number;
  regionId: number;
  nameFr: string;
  population: number;
  prefecture: boolean;
}
export interface LevelRef {
  id: number;
  code: string;
  cycle: Cycle;
  /** 0 for 1AP … 11 for 2BAC: the years of schooling before this level. */
  index: number;
}
export interface StreamRef {
  id: number;
  code: string;
  levelId: number;
}
/** The reference data (inserted by the migrations) that the generator builds on. */
export interface Reference {
  regions: RegionRef[];
  provinces: ProvinceRef[];
  levels: LevelRef[];
  streams: StreamRef[];
  /** Subjects taught in a class, by subjectKey(levelId, streamId). */
  subjects: Map<string, { id: number; code: string }[]>;
}

export const subjectKey = (levelId: number, streamId: number | null) => `${levelId}:${streamId ?? ''}`;

export async function loadReference(db: pg.ClientBase): Promise<Reference> {
  const regions = await db.query('SELECT id, population FROM region ORDER BY id');
  const provinces = await db.query('SELECT id, region_id, name_fr, population, kind FROM province ORDER BY region_id, id');
  const levels = await db.query('SELECT id, code, cycle FROM level ORDER BY id');
  const streams = await db.query('SELECT id, code, level_id FROM stream ORDER BY level_id, id');
  if (!regions.rowCount || !provinces.rowCount || !levels.rowCount) {
    throw new Error('the reference data (regions, provinces, levels) is missing: run the migrations first');
  }
  return {
    regions: regions.rows.map((r) => ({ id: Number(r.id), population: Number(r.population) })),
    provinces: provinces.rows.map((p) => ({
      id: Number(p.id), regionId: Number(p.region_id), nameFr: p.name_fr, population: Number(p.population),
      prefecture: p.kind === 'PREFECTURE',
    })),
    levels: levels.rows.map((l, index) => ({ id: Number(l.id), code: l.code, cycle: l.cycle, index })),
    streams: streams.rows.map((s) => ({ id: Number(s.id), code: s.code, levelId: Number(s.level_id) })),
    subjects: await loadSubjects(db, streams.rows),
  };
}

// Any exam row counts: a subject with a coefficient for the level (and the class's stream, or
// every stream) is taught in that class. 2BAC has national-exam rows only, which is what the
// curriculum data knows of it.
async function loadSubjects(db: pg.ClientBase, streams: { id: number; level_id: number }[]) {
  const { rows } = await db.query(
    `SELECT DISTINCT sc.level_id, sc.stream_id, su.id, su.code
     FROM subject_coefficient sc JOIN subject su ON su.id = sc.subject_id ORDER BY su.id`,
  );
  const byKey = new Map<string, { id: number; code: string }[]>();
  const add = (key: string, subject: { id: number; code: string }) => {
    const list = byKey.get(key) ?? [];
    if (!list.some((s) => s.id === subject.id)) list.push(subject);
    byKey.set(key, list);
  };
  for (const r of rows) {
    const subject = { id: Number(r.id), code: r.code };
    if (r.stream_id !== null) add(subjectKey(Number(r.level_id), Number(r.stream_id)), subject);
    else {
      add(subjectKey(Number(r.level_id), null), subject);
      for (const s of streams.filter((st) => Number(st.level_id) === Number(r.level_id))) add(subjectKey(Number(r.level_id), Number(s.id)), subject);
    }
  }
  return byKey;
}
