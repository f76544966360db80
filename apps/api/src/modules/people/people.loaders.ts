import DataLoader from 'dataloader';
import { guardianScope, staffScope, studentScope } from '../../core/auth/row-scope.js';
import { type Context, loader } from '../../core/context.js';
import { byIdLoader } from '../../core/database/loaders.js';
import { Guardian, type Relationship } from './guardian.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { Student } from './student.entity.js';

export const studentById = (ctx: Context) => byIdLoader(ctx, Student, { fn: studentScope, column: 'id' });
export const staffMemberById = (ctx: Context) => byIdLoader(ctx, StaffMember, { fn: staffScope, column: 'schoolId' });

/** Guardians of each pupil, in scope, with the relationship of the link. One statement. */
export const guardiansByStudent = (ctx: Context) =>
  new DataLoader<string, Guardian[]>(async (studentIds) => {
    const rows: (Record<string, unknown> & { student_id: string; relationship: Relationship })[] = await ctx.db.query(
      `SELECT sg.student_id, sg.relationship, g.*
       FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
       WHERE sg.student_id = ANY($1::bigint[]) AND ${guardianScope(ctx.viewer!, 'g.id')}
       ORDER BY sg.student_id, sg.relationship`,
      [[...studentIds]],
    );
    const repo = ctx.db.getRepository(Guardian);
    return studentIds.map((id) =>
      rows
        .filter((r) => r.student_id === String(id))
        .map((r) =>
          Object.assign(
            repo.create({
              id: String(r.id),
              firstName: r.first_name as string,
              lastName: r.last_name as string,
              firstNameAr: r.first_name_ar as string,
              lastNameAr: r.last_name_ar as string,
              phone: r.phone as string | null,
              email: r.email as string | null,
              nationalId: r.national_id as string | null,
            }),
            { relationship: r.relationship },
          ),
        ),
    );
  });

/** A parent's children, in birth order: the links, then the pupils through the scoped loader. */
export const childrenByGuardian = (ctx: Context) =>
  new DataLoader<number, Student[]>(async (guardianIds) => {
    const links: { guardian_id: string; student_id: string }[] = await ctx.db.query(
      `SELECT sg.guardian_id, sg.student_id FROM student_guardian sg JOIN student s ON s.id = sg.student_id
       WHERE sg.guardian_id = ANY($1::bigint[]) ORDER BY s.birth_date, s.id`,
      [[...guardianIds]],
    );
    const students = await loader(ctx, studentById).loadMany(links.map((l) => Number(l.student_id)));
    const visible = links.map((l, i) => ({ guardianId: Number(l.guardian_id), student: students[i] }));
    return guardianIds.map((g) =>
      visible.filter((v) => v.guardianId === g && v.student instanceof Student).map((v) => v.student as Student),
    );
  });
