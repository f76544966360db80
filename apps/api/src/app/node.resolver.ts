import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, loader } from '../core/context.js';
import { MAX_ID, MAX_SMALL_ID, Node, fromGlobalId } from '../core/graphql/node.js';
import { enrolmentById } from '../modules/enrolment/enrolment.loaders.js';
import { transferById } from '../modules/enrolment/transfer.loaders.js';
import { assessmentById } from '../modules/evaluation/evaluation.loaders.js';
import { guardianById, staffMemberById, studentById } from '../modules/people/people.loaders.js';
import { classById } from '../modules/schooling/schooling.loaders.js';
import { provinceById, regionById, schoolById } from '../modules/territory/territory.loaders.js';
import { slotById } from '../modules/schooltime/timetable.loaders.js';
import { beneficiaryById } from '../modules/support/support.loaders.js';
import { absenceById, justificationById } from '../modules/schooltime/absence.loaders.js';

type NodeLoad = (ctx: Context, id: number) => Promise<unknown>;

// Every Node type with its scoped loader (null outside the scope, exactly as for a missing row)
// and the largest id its column can hold. A Map, not an object: a type named `constructor` or
// `__proto__` must not find Object.prototype's members.
const NODE_TYPES = new Map<string, { load: NodeLoad; maxId: number }>([
  ['Region', { load: (ctx, id) => loader(ctx, regionById).load(id), maxId: MAX_SMALL_ID }],
  ['Province', { load: (ctx, id) => loader(ctx, provinceById).load(id), maxId: MAX_SMALL_ID }],
  ['School', { load: (ctx, id) => loader(ctx, schoolById).load(id), maxId: MAX_ID }],
  ['SchoolClass', { load: (ctx, id) => loader(ctx, classById).load(id), maxId: MAX_ID }],
  ['Student', { load: (ctx, id) => loader(ctx, studentById).load(id), maxId: MAX_ID }],
  ['StaffMember', { load: (ctx, id) => loader(ctx, staffMemberById).load(id), maxId: MAX_ID }],
  ['Enrolment', { load: (ctx, id) => loader(ctx, enrolmentById).load(id), maxId: MAX_ID }],
  ['Transfer', { load: (ctx, id) => loader(ctx, transferById).load(id), maxId: MAX_ID }],
  ['Assessment', { load: (ctx, id) => loader(ctx, assessmentById).load(id), maxId: MAX_ID }],
  ['Guardian', { load: (ctx, id) => loader(ctx, guardianById).load(id), maxId: MAX_ID }],
  ['TimetableSlot', { load: (ctx, id) => loader(ctx, slotById).load(String(id)), maxId: MAX_ID }],
  ['Beneficiary', { load: (ctx, id) => loader(ctx, beneficiaryById).load(id), maxId: Number.MAX_SAFE_INTEGER }],
  ['AbsenceRecord', { load: (ctx, id) => loader(ctx, absenceById).load(id), maxId: Number.MAX_SAFE_INTEGER }],
  ['Justification', { load: (ctx, id) => loader(ctx, justificationById).load(id), maxId: Number.MAX_SAFE_INTEGER }],
]);

@Authorized()
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id: null if there is none within your scope.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<unknown> {
    // Any well-formed id is accepted here: one past its column's range answers null below.
    const parsed = fromGlobalId(id, 'id', Number.MAX_SAFE_INTEGER);
    const type = NODE_TYPES.get(parsed.type);
    // An unknown type or an id its column cannot hold names no row: null, as for a missing row.
    if (!type || parsed.id > type.maxId) return null;
    return (await type.load(ctx, parsed.id)) ?? null;
  }
}
