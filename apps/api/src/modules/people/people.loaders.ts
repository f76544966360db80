import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { byIdLoader } from '../../core/database/loaders.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { groupBy } from '../../core/group-by.js';
import { rememberedLoader } from '../../core/database/viewer-memory.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { withVisibleContact } from './guardian-contact.js';
import { Guardian, GuardianLinkStatus, type Relationship } from './guardian.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { type Gender, Student } from './student.entity.js';
import { guardianLinkRule, guardianRule, staffRule, studentRule } from './people.access.js';

export const studentById = (ctx: Context) => byIdLoader(ctx, Student, { rule: studentRule, column: 'id' });

/** A pupil's columns for a statement that reads pupils along with other rows (studentsOfRows reads them back). */
export const STUDENT_COLUMNS = (s: string) =>
  `${s}.id, ${s}.code_massar, ${s}.first_name, ${s}.last_name, ${s}.first_name_ar, ${s}.last_name_ar, ${s}.birth_date::text AS birth_date, ${s}.birth_place, ${s}.gender, ${s}.created_at`;

export interface StudentRow {
  id: string;
  code_massar: string;
  first_name: string;
  last_name: string;
  first_name_ar: string;
  last_name_ar: string;
  birth_date: string;
  birth_place: string;
  gender: Gender;
  created_at: Date;
}

/** The pupils of rows read with STUDENT_COLUMNS, handed to this request's studentById as well. */
export function studentsOfRows(ctx: Context, rows: StudentRow[]): Student[] {
  const byId = loader(ctx, studentById);
  return rows.map((r) => {
    const student = studentOfRow(r);
    byId.prime(Number(student.id), student);
    return student;
  });
}

function studentOfRow(r: StudentRow): Student {
  return Object.assign(new Student(), {
    id: String(r.id),
    codeMassar: r.code_massar,
    firstName: r.first_name,
    lastName: r.last_name,
    firstNameAr: r.first_name_ar,
    lastNameAr: r.last_name_ar,
    birthDate: r.birth_date,
    birthPlace: r.birth_place,
    gender: r.gender,
    createdAt: r.created_at,
  });
}
export const staffMemberById = (ctx: Context) => byIdLoader(ctx, StaffMember, { rule: staffRule, column: 'schoolId' });
/** Guardians by id within their rule, with the contact their viewer may read. */
export const guardianById = (ctx: Context) => {
  const guardians = byIdLoader(ctx, Guardian, { rule: guardianRule, column: 'id' });
  return new DataLoader<number, Guardian | null>(async (ids) => {
    const rows = await guardians.loadMany(ids);
    return rows.map((g) => (g instanceof Error || !g ? g : withVisibleContact(requireViewer(ctx), g)));
  });
};

type GuardianLinkRow = Record<string, unknown> & {
  student_id: string;
  relationship: Relationship;
  confirmed: boolean;
  declined: boolean;
  own_contact: boolean;
  link_phone: string | null;
  link_email: string | null;
};

/**
 * Guardians of each pupil, in scope, with the link's relationship, status and contact (the
 * contact typed for this pupil when the guardian was already on record). One statement.
 */
export const guardiansByStudent = (ctx: Context) =>
  new DataLoader<string, Guardian[]>(async (studentIds) => {
    const viewer = requireViewer(ctx);
    const parameters: unknown[] = [[...studentIds]];
    const guardian = reachBound(guardianRule, viewer, 'g.id', parameters);
    const link = reachBound(guardianLinkRule, viewer, { studentId: 'sg.student_id', schoolId: 'sg.school_id' }, parameters);
    const rows = await preparedQuery<GuardianLinkRow>(
      ctx.db,
      `SELECT sg.student_id, sg.relationship, sg.confirmed_at IS NOT NULL AS confirmed, sg.declined_at IS NOT NULL AS declined, sg.own_contact,
              sg.phone AS link_phone, sg.email AS link_email,
              g.id, g.first_name, g.last_name, g.first_name_ar, g.last_name_ar, g.phone, g.email, g.national_id
       FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
       WHERE sg.student_id = ANY($1::bigint[]) AND ${guardian} AND ${link}
       ORDER BY sg.student_id, sg.relationship`,
      parameters,
    );
    const byStudent = groupBy(rows, (r) => r.student_id);
    return studentIds.map((id) => (byStudent.get(String(id)) ?? []).map((r) => guardianOfLink(viewer, r)));
  });

function guardianOfLink(viewer: Viewer, r: GuardianLinkRow): Guardian {
  const guardian = Object.assign(new Guardian(), {
    id: String(r.id),
    firstName: r.first_name as string,
    lastName: r.last_name as string,
    firstNameAr: r.first_name_ar as string,
    lastNameAr: r.last_name_ar as string,
    recordedPhone: r.phone as string | null,
    recordedEmail: r.email as string | null,
    nationalId: r.national_id as string | null,
  });
  const linkStatus = r.confirmed ? GuardianLinkStatus.CONFIRMED : r.declined ? GuardianLinkStatus.DECLINED : GuardianLinkStatus.PENDING;
  const linkContact = r.own_contact ? { phone: r.link_phone, email: r.link_email } : { phone: guardian.recordedPhone, email: guardian.recordedEmail };
  return withVisibleContact(viewer, Object.assign(guardian, { relationship: r.relationship, linkStatus, linkContact }));
}

/**
 * A parent's children, in birth order, in one statement: the confirmed links (a link waiting for
 * the parent's confirmation is not a child yet), with the pupils' own columns, within the pupil rule.
 */
export const childrenByGuardian = (ctx: Context) =>
  rememberedLoader<number, Student[]>(ctx, 'children', async (guardianIds) => {
    const parameters: unknown[] = [[...guardianIds]];
    const rows = await preparedQuery<StudentRow & { guardian_id: string }>(
      ctx.db,
      `SELECT sg.guardian_id, ${STUDENT_COLUMNS('s')} FROM student_guardian sg JOIN student s ON s.id = sg.student_id
       WHERE sg.guardian_id = ANY($1::bigint[]) AND sg.confirmed_at IS NOT NULL AND ${reachBound(studentRule, requireViewer(ctx), 's.id', parameters)}
       ORDER BY s.birth_date, s.id`,
      parameters,
    );
    const byGuardian = groupBy(rows, (r) => Number(r.guardian_id));
    return guardianIds.map((g) => studentsOfRows(ctx, byGuardian.get(Number(g)) ?? []));
  });
