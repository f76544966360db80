import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { staffScope } from '../../core/auth/row-scope.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { byParentLoader } from '../../core/database/loaders.js';
import { School } from '../territory/school.entity.js';
import { StaffMember } from './staff-member.entity.js';

const staffBySchool = (ctx: Context) =>
  byParentLoader(ctx, StaffMember, 'schoolId', (s) => s.schoolId ?? 0, (qb) =>
    qb.andWhere(staffScope(requireViewer(ctx), 't.school_id')).orderBy('t.position').addOrderBy('t.lastName'),
  );

@Authorized()
@Resolver(() => School)
export class SchoolStaffResolver {
  @FieldResolver(() => [StaffMember], { description: 'Director, teachers and administrative staff, by position then name.' })
  staffMembers(@Root() school: School, @Ctx() ctx: Context) {
    return loader(ctx, staffBySchool).load(school.id);
  }
}
