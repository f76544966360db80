import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, loader } from '../../core/context.js';
import { byParentLoader } from '../../core/database/loaders.js';
import { School } from '../territory/school.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { staffRule } from './people.access.js';

const staffBySchool = (ctx: Context) =>
  byParentLoader(ctx, StaffMember, { column: 'schoolId', of: (s) => s.schoolId ?? 0 }, { rule: staffRule, column: 'schoolId' }, (qb) =>
    qb.orderBy('t.position').addOrderBy('t.lastName'),
  );

@Authorized()
@Resolver(() => School)
export class SchoolStaffResolver {
  @FieldResolver(() => [StaffMember], { description: 'Director, teachers and administrative staff, by position then name.' })
  staffMembers(@Root() school: School, @Ctx() ctx: Context) {
    return loader(ctx, staffBySchool).load(school.id);
  }
}
