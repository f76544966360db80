import { type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { type Relationship } from './guardian.entity.js';
import { PeopleErrorReason } from './people.errors.js';
import { sameName } from './person-name.js';

export interface GuardianIdentity {
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  nationalId?: string | null;
}

export interface GuardianContact {
  phone?: string | null;
  email?: string | null;
}

export interface ResolvedGuardian {
  id: string;
  /** True when the record was already there (another pupil's guardian), not created now. */
  existing: boolean;
}

interface GuardianRow {
  id: string;
  first_name: string;
  last_name: string;
  first_name_ar: string;
  last_name_ar: string;
}

const NAME_FIELDS = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['firstNameAr', 'first_name_ar'],
  ['lastNameAr', 'last_name_ar'],
] as const;

/**
 * The guardian record for this person: `path` locates them in the input for errors
 * ("guardians.0"). Without a CIN, a new record (names alone identify nobody). With a CIN already
 * on record, that record only when all four names match it too — Latin and Arabic, ignoring case,
 * accents, Arabic vowel signs and spacing — so that a CIN alone neither reaches a family nor
 * reveals their names; otherwise GUARDIAN_IDENTITY_MISMATCH, which says nothing of the record.
 */
export async function upsertGuardian(tx: EntityManager, person: GuardianIdentity & GuardianContact, path: string): Promise<ResolvedGuardian> {
  const names = NAME_FIELDS.map(([field]) => person[field].trim());
  const nationalId = person.nationalId ?? null;
  // ON CONFLICT: two registrations typing the same new CIN at once end on one record.
  const [created] = await tx.query(
    `INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar, phone, email, national_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (national_id) DO NOTHING RETURNING id`,
    [...names, person.phone ?? null, person.email?.toLowerCase() ?? null, nationalId],
  );
  if (created) return { id: String(created.id), existing: false };
  const [known]: GuardianRow[] = await tx.query(
    'SELECT id, first_name, last_name, first_name_ar, last_name_ar FROM guardian WHERE national_id = $1',
    [nationalId],
  );
  if (!NAME_FIELDS.every(([field, column]) => sameName(person[field], known[column]))) throw identityMismatch(path);
  return { id: String(known.id), existing: true };
}

function identityMismatch(path: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, 'This CIN does not match these names: check both against the identity card', {
    field: 'nationalId',
    path: `${path}.nationalId`,
    reason: PeopleErrorReason.GUARDIAN_IDENTITY_MISMATCH,
  });
}

/** Refuses one CIN typed for two guardians of the same pupil, naming the second. */
export function checkDistinctGuardians(guardians: GuardianIdentity[], path = 'guardians'): void {
  const seen = new Set<string>();
  guardians.forEach((g, i) => {
    if (!g.nationalId) return;
    if (seen.has(g.nationalId)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The same CIN is typed for two guardians', {
        field: 'nationalId',
        path: `${path}.${i}.nationalId`,
        reason: PeopleErrorReason.DUPLICATE_GUARDIAN,
      });
    }
    seen.add(g.nationalId);
  });
}

export interface GuardianLink {
  studentId: string;
  guardian: ResolvedGuardian;
  relationship: Relationship;
  /** The school making the link (the pupil's). */
  schoolId: number;
  /** What that school typed. */
  contact: GuardianContact;
}

/** Whether a school holds (enrols) any of these pupils: enrolment answers it, people does not read its tables. */
export type SchoolHoldsAnyOf = (studentIds: string[]) => Promise<boolean>;

/**
 * Links a pupil to a guardian and says whether the link waits for the parent. A guardian already
 * on record who has a parent account, linked by a school that holds none of their confirmed
 * children, must confirm the child (confirmChildLink) before it reaches their account; other
 * links are confirmed at once. The contact typed for a guardian already on record stays on the
 * link: the school sees what it typed, never what another school recorded.
 */
export async function linkGuardian(tx: EntityManager, link: GuardianLink, schoolHoldsAnyOf: SchoolHoldsAnyOf): Promise<{ pending: boolean }> {
  const { existing, id } = link.guardian;
  const pending = existing && (await needsConfirmation(tx, id, schoolHoldsAnyOf));
  await tx.query(
    `INSERT INTO student_guardian (student_id, guardian_id, relationship, school_id, confirmed_at, own_contact, phone, email)
     VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN NULL ELSE now() END, $6, $7, $8)`,
    [
      link.studentId, id, link.relationship, link.schoolId, pending, existing,
      existing ? link.contact.phone ?? null : null,
      existing ? link.contact.email?.toLowerCase() ?? null : null,
    ],
  );
  return { pending };
}

async function needsConfirmation(tx: EntityManager, guardianId: string, schoolHoldsAnyOf: SchoolHoldsAnyOf): Promise<boolean> {
  const [account] = await tx.query(`SELECT 1 FROM account WHERE guardian_id = $1 AND role = 'PARENT' LIMIT 1`, [guardianId]);
  if (!account) return false;
  return !(await schoolHoldsAnyOf(await confirmedChildIds(tx, guardianId)));
}

/** The pupils a guardian has confirmed (or was linked to without needing to). */
export async function confirmedChildIds(tx: EntityManager, guardianId: string): Promise<string[]> {
  const rows: { student_id: string }[] = await tx.query(
    'SELECT student_id FROM student_guardian WHERE guardian_id = $1 AND confirmed_at IS NOT NULL',
    [guardianId],
  );
  return rows.map((r) => String(r.student_id));
}
