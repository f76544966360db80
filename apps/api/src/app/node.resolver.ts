import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, loader } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { Node, fromGlobalId } from '../core/graphql/node.js';
import { enrolmentById } from '../modules/enrolment/enrolment.loaders.js';
import { assessmentById } from '../modules/evaluation/evaluation.loaders.js';
import { staffMemberById, studentById } from '../modules/people/people.loaders.js';
import { Guardian } from '../modules/people/guardian.entity.js';
import { classById } from '../modules/schooling/schooling.loaders.js';
import { provinceById, regionById, schoolById } from '../modules/territory/territory.loaders.js';
import { guardianScope } from '../core/auth/row-scope.js';

type NodeLoad = (ctx: Context, id: number) => Promise<unknown>;

// Every Node type, with its scoped loader and its table (to tell FORBIDDEN from NOT_FOUND).
const NODE_TYPES: Record<string, { load: NodeLoad; table: string }> = {
  Region: { load: (ctx, id) => loader(ctx, regionById).load(id), table: 'region' },
  Province: { load: (ctx, id) => loader(ctx, provinceById).load(id), table: 'province' },
  School: { load: (ctx, id) => loader(ctx, schoolById).load(id), table: 'school' },
  SchoolClass: { load: (ctx, id) => loader(ctx, classById).load(id), table: 'school_class' },
  Student: { load: (ctx, id) => loader(ctx, studentById).load(id), table: 'student' },
  StaffMember: { load: (ctx, id) => loader(ctx, staffMemberById).load(id), table: 'staff_member' },
  Enrolment: { load: (ctx, id) => loader(ctx, enrolmentById).load(id), table: 'enrolment' },
  Assessment: { load: (ctx, id) => loader(ctx, assessmentById).load(id), table: 'assessment' },
  Guardian: {
    load: (ctx, id) =>
      ctx.db.getRepository(Guardian).createQueryBuilder('g').where('g.id = :id', { id }).andWhere(guardianScope(ctx.viewer!, 'g.id')).getOne(),
    table: 'guardian',
  },
};

@Authorized()
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id: null if none, FORBIDDEN outside your scope.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<unknown> {
    const parsed = fromGlobalId(id);
    const type = NODE_TYPES[parsed.type];
    if (!type) return null;
    const found = await type.load(ctx, parsed.id);
    if (found) return found;
    const [exists] = await ctx.db.query(`SELECT 1 FROM ${type.table} WHERE id = $1`, [parsed.id]);
    if (exists) throw forbidden();
    return null;
  }
}
