import { type EntityManager } from 'typeorm';
import { nextCodeMassar } from '../../modules/people/code-massar.js';
import { BOYS, FAMILIES, GIRLS } from './demo-people.js';

/**
 * The second demo school, for transfers: a middle school in Mohammedia, another province of the
 * same region (Casablanca-Settat) as the demo school, so that a transfer between the two is
 * decided by the province level and above. Classes of the same levels this year, with room, and
 * a few pupils of its own.
 */
export const DEMO_SCHOOL_B_CODE = '06371C0001';
export const DEMO_SCHOOL_B_PROVINCE = '06.371';

const LEVELS = ['1AC', '2AC', '3AC'];
const PUPILS_PER_CLASS = 4;

export interface SecondSchool {
  schoolBId: number;
  directorBId: number;
}

export async function insertSecondSchool(tx: EntityManager, yearId: number): Promise<SecondSchool> {
  const [school] = await tx.query(
    `INSERT INTO school (code, name_fr, name_ar, cycles, sector, milieu, province_id, capacity)
     SELECT $1, 'Collège Ibn Khaldoun', 'إعدادية ابن خلدون', ARRAY['MIDDLE'], 'PUBLIC', 'URBAN', id, 700 FROM province WHERE code = $2
     RETURNING id`,
    [DEMO_SCHOOL_B_CODE, DEMO_SCHOOL_B_PROVINCE],
  );
  const [director] = await tx.query(
    `INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position, email)
     VALUES ($1, 'Hassan', 'Alami', 'حسن', 'العلمي', 'DIRECTOR', 'directeur.b@demo.massar.ma') RETURNING id`,
    [school.id],
  );
  for (const level of LEVELS) await insertClass(tx, school.id, yearId, level);
  return { schoolBId: school.id, directorBId: director.id };
}

/** A class of the level with a few pupils, each with a mother as guardian. */
async function insertClass(tx: EntityManager, schoolId: number, yearId: number, level: string): Promise<void> {
  const [cls] = await tx.query(
    `INSERT INTO school_class (school_id, school_year_id, level_id, name, capacity) SELECT $1, $2, id, $3, 40 FROM level WHERE code = $4 RETURNING id`,
    [schoolId, yearId, `${level}-1`, level],
  );
  const birthYear = 2013 - Number(level[0]) + new Date().getUTCFullYear() - 2025;
  for (let i = 0; i < PUPILS_PER_CLASS; i++) {
    const n = Number(level[0]) * PUPILS_PER_CLASS + i;
    const girl = i % 2 === 1;
    const [first, firstAr] = (girl ? GIRLS : BOYS)[(n * 5 + 3) % 16];
    const [last, lastAr] = FAMILIES[(n * 7 + 1) % FAMILIES.length];
    const [student] = await tx.query(
      `INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
       VALUES ($1, $2, $3, $4, $5, $6, 'Mohammedia', $7) RETURNING id`,
      [await nextCodeMassar(tx, 6), first, last, firstAr, lastAr, `${birthYear}-${String(1 + (n % 12)).padStart(2, '0')}-${String(3 + n).padStart(2, '0')}`, girl ? 'F' : 'M'],
    );
    await tx.query('INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) VALUES ($1, $2, $3, $4)', [student.id, schoolId, cls.id, yearId]);
    const [mother] = await tx.query(
      `INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar, phone) VALUES ('Latifa', $1, 'لطيفة', $2, $3) RETURNING id`,
      [last, lastAr, `0670${String(100000 + n).padStart(6, '0')}`],
    );
    await tx.query(`INSERT INTO student_guardian (student_id, guardian_id, relationship, school_id) VALUES ($1, $2, 'MOTHER', $3)`, [student.id, mother.id, schoolId]);
  }
}
