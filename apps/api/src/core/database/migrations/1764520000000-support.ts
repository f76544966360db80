import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Social support (module support). A programme is data: who may benefit (milieu, cycle, level, a
// list of schools, a declared family situation; each null or false = no restriction), what it
// gives (CASH with an amount per child and period, per level; IN_KIND; SERVICE) and, for a
// conditional transfer, the attendance condition (at most attendance_max unjustified absence DAYS
// or HOURS in the month, "justified" being an ACCEPTED justification). Each figure carries its
// source, and is_default marks those we could not confirm (README, "Social support: programme
// rules and their sources"). A beneficiary is one pupil in one programme for one school year, at
// the school that enrolled them that year, with the level it was added at (amounts follow the
// level) and the family situation declared for it (sensitive: support.access.ts).
export class Support1764520000000 implements MigrationInterface {
  name = 'Support1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_programme (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        name_en text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CASH', 'IN_KIND', 'SERVICE')),
        amount_period text CHECK (amount_period IN ('MONTH', 'YEAR')),
        attendance_unit text CHECK (attendance_unit IN ('DAYS', 'HOURS')),
        attendance_max smallint CHECK (attendance_max >= 0),
        milieux text[] CHECK (milieux <@ ARRAY['URBAN','RURAL'] AND cardinality(milieux) > 0),
        cycles text[] CHECK (cycles <@ ARRAY['PRIMARY','MIDDLE','SECONDARY'] AND cardinality(cycles) > 0),
        level_codes text[] CHECK (cardinality(level_codes) > 0),
        school_list boolean NOT NULL DEFAULT false,
        family_situations text[] CHECK (family_situations <@ ARRAY['RSU_REGISTERED','ORPHAN','DISABILITY'] AND cardinality(family_situations) > 0),
        source text NOT NULL,
        is_default boolean NOT NULL,
        CHECK ((kind = 'CASH') = (amount_period IS NOT NULL)),
        CHECK ((attendance_unit IS NULL) = (attendance_max IS NULL))
      );

      -- A cash programme's amount per child and period, per level (MAD).
      CREATE TABLE support_programme_amount (
        programme_id smallint NOT NULL REFERENCES support_programme(id) ON DELETE CASCADE,
        level_id smallint NOT NULL REFERENCES level(id),
        amount_mad numeric(8,2) NOT NULL CHECK (amount_mad > 0),
        source text NOT NULL,
        is_default boolean NOT NULL,
        PRIMARY KEY (programme_id, level_id)
      );

      -- The schools a programme with school_list = true runs in (e.g. those with a boarding house).
      CREATE TABLE support_programme_school (
        programme_id smallint NOT NULL REFERENCES support_programme(id) ON DELETE CASCADE,
        school_id integer NOT NULL REFERENCES school(id),
        PRIMARY KEY (programme_id, school_id)
      );
      CREATE INDEX support_programme_school_school_idx ON support_programme_school (school_id);

      CREATE TABLE support_beneficiary (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        programme_id smallint NOT NULL REFERENCES support_programme(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        student_id bigint NOT NULL REFERENCES student(id),
        school_id integer NOT NULL REFERENCES school(id),
        level_id smallint NOT NULL REFERENCES level(id),
        family_situations text[] NOT NULL DEFAULT '{}'
          CHECK (family_situations <@ ARRAY['RSU_REGISTERED','ORPHAN','DISABILITY']),
        -- An account id without a foreign key, as grades' recorded_by: the row outlives accounts.
        added_by integer,
        added_at timestamptz NOT NULL DEFAULT now(),
        -- Never twice in the same programme and year.
        UNIQUE (programme_id, school_year_id, student_id)
      );
      -- A school's list per programme (screens, entitlements), a pupil's programmes, roll-ups.
      CREATE INDEX support_beneficiary_school_idx ON support_beneficiary (school_id, school_year_id, programme_id, id);
      CREATE INDEX support_beneficiary_student_idx ON support_beneficiary (student_id, school_year_id);
    `);
    await seedProgrammes(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE support_beneficiary, support_programme_school, support_programme_amount, support_programme');
  }
}

const TAYSSIR_SOURCE =
  'Programme Tayssir (MEN, 2008): transferts monétaires conditionnels, 60/80/100 MAD par mois en 1-2AP/3-4AP/5-6AP et 140 MAD au collège, '
  + 'conditionnés à au plus 4 absences par mois; communes rurales ciblées (rapports MEN / Banque mondiale / J-PAL). Montants et seuil non confirmés pour 2025-2026.';

interface ProgrammeRow {
  code: string; fr: string; ar: string; en: string; kind: 'CASH' | 'IN_KIND' | 'SERVICE';
  period: 'MONTH' | 'YEAR' | null; unit: 'DAYS' | 'HOURS' | null; max: number | null;
  milieux: string[] | null; cycles: string[] | null; levels: string[] | null; schoolList: boolean;
  family: string[] | null; source: string;
}

const PROGRAMMES: ProgrammeRow[] = [
  {
    code: 'TAYSSIR', fr: 'Tayssir (transferts monétaires conditionnels)', ar: 'برنامج تيسير', en: 'Tayssir (conditional cash transfer)',
    kind: 'CASH', period: 'MONTH', unit: 'DAYS', max: 4, milieux: ['RURAL'], cycles: ['PRIMARY', 'MIDDLE'], levels: null,
    schoolList: false, family: null, source: TAYSSIR_SOURCE,
  },
  {
    code: 'CANTEEN', fr: 'Cantine scolaire', ar: 'المطاعم المدرسية', en: 'School canteen',
    kind: 'IN_KIND', period: null, unit: null, max: null, milieux: ['RURAL'], cycles: ['PRIMARY', 'MIDDLE'], levels: null,
    schoolList: false, family: null, source: 'Appui social MEN: cantines scolaires, surtout en milieu rural (primaire et collège). Règles par défaut.',
  },
  {
    code: 'BOARDING', fr: 'Internat', ar: 'الداخليات', en: 'Boarding',
    kind: 'IN_KIND', period: null, unit: null, max: null, milieux: null, cycles: ['MIDDLE', 'SECONDARY'], levels: null,
    schoolList: true, family: ['RSU_REGISTERED', 'ORPHAN', 'DISABILITY'],
    source: 'Appui social MEN: bourses d\'internat dans les établissements dotés d\'un internat, sur critères sociaux. Règles par défaut.',
  },
  {
    code: 'SCHOOL_KITS', fr: 'Un million de cartables', ar: 'مليون محفظة', en: 'One million school bags',
    kind: 'IN_KIND', period: null, unit: null, max: null, milieux: null, cycles: ['PRIMARY', 'MIDDLE'], levels: null,
    schoolList: false, family: null, source: 'Initiative royale « Un million de cartables » (2008): fournitures et manuels, primaire puis collège. Règles par défaut.',
  },
  {
    code: 'TRANSPORT', fr: 'Transport scolaire', ar: 'النقل المدرسي', en: 'School transport',
    kind: 'SERVICE', period: null, unit: null, max: null, milieux: ['RURAL'], cycles: null, levels: null,
    schoolList: false, family: null, source: 'Appui social MEN / INDH: transport scolaire en milieu rural. Règles par défaut.',
  },
  {
    code: 'REMEDIAL', fr: 'Soutien scolaire', ar: 'الدعم التربوي', en: 'Remedial support',
    kind: 'SERVICE', period: null, unit: null, max: null, milieux: null, cycles: null, levels: null,
    schoolList: false, family: null, source: 'Soutien pédagogique MEN, ouvert à tous les niveaux. Règles par défaut.',
  },
];

// Tayssir's historical monthly amounts per level (MAD), defaults.
const TAYSSIR_AMOUNTS: [string, number][] = [
  ['1AP', 60], ['2AP', 60], ['3AP', 80], ['4AP', 80], ['5AP', 100], ['6AP', 100], ['1AC', 140], ['2AC', 140], ['3AC', 140],
];

async function seedProgrammes(q: QueryRunner): Promise<void> {
  for (const p of PROGRAMMES) {
    await q.query(
      `INSERT INTO support_programme (code, name_fr, name_ar, name_en, kind, amount_period, attendance_unit, attendance_max,
         milieux, cycles, level_codes, school_list, family_situations, source, is_default)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true)`,
      [p.code, p.fr, p.ar, p.en, p.kind, p.period, p.unit, p.max, p.milieux, p.cycles, p.levels, p.schoolList, p.family, p.source],
    );
  }
  await q.query(
    `INSERT INTO support_programme_amount (programme_id, level_id, amount_mad, source, is_default)
     SELECT p.id, l.id, a.amount, $3, true
       FROM unnest($1::text[], $2::numeric[]) AS a(level_code, amount)
       JOIN level l ON l.code = a.level_code
       JOIN support_programme p ON p.code = 'TAYSSIR'`,
    [TAYSSIR_AMOUNTS.map(([c]) => c), TAYSSIR_AMOUNTS.map(([, a]) => a), TAYSSIR_SOURCE],
  );
}
