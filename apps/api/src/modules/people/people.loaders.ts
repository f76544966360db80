import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { byIdLoader } from '../../core/database/loaders.js';
import { Guardian, GuardianLinkStatus, type Relationship } from './guardian.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { Student } from './student.entity.js';
import { guardianLinkRule, guardianRule, staffRule, studentRule } from './people.access.js';

export const studentById = (ctx: Context) => byIdLoader(ctx, Student, { rule: studentRule, column: 'id' });
export const staffMemberById = (ctx: Context) => byIdLoader(ctx, StaffMember, { rule: staffRule, column: 'schoolId' });
export const guardianById = (ctx: Context) => byIdLoader(ctx, Guardian, { rule: guardianRule, column: 'id' });

type GuardianLinkRow = Record<string, unknown> & {
  student_id: string;
  relationship: Relationship;
  confirmed_at: Date | null;
  declined_at: Date | null;
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
    const rows: GuardianLinkRow[] = await ctx.db.query(
      `SELECT sg.student_id, sg.relationship, sg.confirmed_at, sg.declined_at, sg.own_contact,
              sg.phone AS link_phone, sg.email AS link_email, g.*
       FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
       WHERE sg.student_id = ANY($1::bigint[]) AND ${reach(guardianRule, requireViewer(ctx), 'g.id')}
         AND ${reach(guardianLinkRule, requireViewer(ctx), { studentId: 'sg.student_id', schoolId: 'sg.school_id' })}
       ORDER BY sg.student_id, sg.relationship`,
      [[...studentIds]],
    );
    return studentIds.map((id) => rows.filter((r) => r.student_id === String(id)).map((r) => guardianOfLink(ctx, r)));
  });

function guardianOfLink(ctx: Context, r: GuardianLinkRow): Guardian {
  const guardian = ctx.db.getRepository(Guardian).create({
    id: String(r.id),
    firstName: r.first_name as string,
    lastName: r.last_name as string,
    firstNameAr: r.first_name_ar as string,
    lastNameAr: r.last_name_ar as string,
    phone: r.phone as string | null,
    email: r.email as string | null,
    nationalId: r.national_id as string | null,
  });
  const linkStatus = r.confirmed_at ? GuardianLinkStatus.CONFIRMED : r.declined_at ? GuardianLinkStatus.DECLINED : GuardianLinkStatus.PENDING;
  const linkContact = r.own_contact ? { phone: r.link_phone, email: r.link_email } : { phone: guardian.phone, email: guardian.email };
  return Object.assign(guardian, { relationship: r.relationship, linkStatus, linkContact });
}

/**
 * A parent's children, in birth order: the confirmed links (a link waiting for the parent's
 * confirmation is not a child yet), then the pupils through the scoped loader.
 */
export const childrenByGuardian = (ctx: Context) =>
  new DataLoader<number, Student[]>(async (guardianIds) => {
    const links: { guardian_id: string; student_id: string }[] = await ctx.db.query(
      `SELECT sg.guardian_id, sg.student_id FROM student_guardian sg JOIN student s ON s.id = sg.student_id
       WHERE sg.guardian_id = ANY($1::bigint[]) AND sg.confirmed_at IS NOT NULL ORDER BY s.birth_date, s.id`,
      [[...guardianIds]],
    );
    const students = await loader(ctx, studentById).loadMany(links.map((l) => Number(l.student_id)));
    const visible = links.map((l, i) => ({ guardianId: Number(l.guardian_id), student: students[i] }));
    return guardianIds.map((g) =>
      visible.filter((v) => v.guardianId === g && v.student instanceof Student).map((v) => v.student as Student),
    );
  });
