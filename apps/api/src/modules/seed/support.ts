import type pg from 'pg';
import { type CopySink } from './copy.js';
import { type Cycle, type Milieu, SUPPORT_SHARE } from './national-shape.js';
import { type LevelRef } from './reference.js';
import { type Rng } from './rng.js';
import { type IdCounters, T } from './rows.js';

/** A programme's eligibility rules as support_programme holds them (null: no restriction). */
export interface ProgrammeRule {
  id: number;
  code: string;
  milieux: Milieu[] | null;
  cycles: Cycle[] | null;
  levelCodes: string[] | null;
  schoolList: boolean;
  familySituations: string[] | null;
}

export const PROGRAMMES_SQL = 'SELECT id, code, milieux, cycles, level_codes, school_list, family_situations FROM support_programme ORDER BY id';

export async function loadProgrammes(db: pg.ClientBase): Promise<ProgrammeRule[]> {
  return programmeRules((await db.query(PROGRAMMES_SQL)).rows);
}

/** The rows of PROGRAMMES_SQL as rules. */
export function programmeRules(rows: Record<string, never>[]): ProgrammeRule[] {
  return rows.map((r) => ({
    id: Number(r.id), code: r.code, milieux: r.milieux, cycles: r.cycles, levelCodes: r.level_codes,
    schoolList: r.school_list, familySituations: r.family_situations,
  }));
}

/**
 * Whether a pupil of this level in a school of this milieu meets a programme's rules. A list of
 * schools or a required family situation is never met here: the seed declares neither.
 */
export function eligible(p: ProgrammeRule, milieu: Milieu, level: LevelRef): boolean {
  return (!p.milieux || p.milieux.includes(milieu)) && (!p.cycles || p.cycles.includes(level.cycle))
    && (!p.levelCodes || p.levelCodes.includes(level.code)) && !p.schoolList && !p.familySituations;
}

interface Ctx {
  sink: CopySink;
  ids: IdCounters;
  yearId: number;
  rng: Rng;
  /** When the year's lists were drawn up (the first day of classes). */
  addedOn: string;
}

/**
 * The year's beneficiaries of the programmes in SUPPORT_SHARE, in public schools. A family is
 * enrolled in a programme or not as a whole (siblings at an eligible school get it together).
 */
export class SupportWriter {
  private readonly programmes: { rule: ProgrammeRule; share: number }[];
  private draws: boolean[] = [];

  constructor(private readonly ctx: Ctx, programmes: ProgrammeRule[]) {
    this.programmes = programmes.flatMap((rule) => (SUPPORT_SHARE[rule.code] ? [{ rule, share: SUPPORT_SHARE[rule.code] }] : []));
  }

  /** Draws, once per family, which programmes it is enrolled in where its children are eligible. */
  family(): void {
    this.draws = this.programmes.map((p) => this.ctx.rng.chance(p.share));
  }

  pupil(studentId: number, schoolId: number, level: LevelRef, milieu: Milieu, isPublic: boolean): void {
    if (!isPublic) return;
    this.programmes.forEach(({ rule }, i) => {
      if (!this.draws[i] || !eligible(rule, milieu, level)) return;
      const { sink, ids, yearId, addedOn } = this.ctx;
      sink.row(T.beneficiary, `${ids.beneficiary++}\t${rule.id}\t${yearId}\t${studentId}\t${schoolId}\t${level.id}\t${addedOn} 09:00:00+01`);
    });
  }
}
