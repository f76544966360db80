import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { confirmDecisions } from './class-council.service.js';
import { ConfirmDecisionsInput } from './dto/confirm-decisions.input.js';
import { Decision } from '../enrolment/decision.js';
import { type ConfirmedDecision, decisionsByClass } from '../enrolment/year-decision.loaders.js';
import { Stream } from '../schooling/stream.entity.js';
import { streamById } from '../schooling/schooling.loaders.js';
import { StudentResults } from './results.types.js';
import { readsAsFamily } from './evaluation.access.js';

@Authorized()
@Resolver()
export class ClassCouncilResolver {
  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => [StudentResults], {
    description: 'The class council confirms or overrides year-end decisions, all or nothing, once S2 is locked (CONFLICT YEAR_NOT_CLOSED before). '
      + 'Confirming again replaces a decision. Returns the year results of those pupils.',
  })
  confirmDecisions(@Arg('input') input: ConfirmDecisionsInput, @Ctx() ctx: Context): Promise<StudentResults[]> {
    return confirmDecisions(ctx, idOf(input.classId, 'SchoolClass', 'classId'), input.decisions);
  }
}

@Authorized()
@Resolver(() => StudentResults)
export class StudentDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true, description: 'Year only: the class council\'s decision once confirmed, else the grading policy\'s proposal.' })
  async decision(@Root() r: StudentResults, @Ctx() ctx: Context): Promise<Decision | null> {
    return (await confirmed(r, ctx))?.decision ?? r.proposal;
  }

  @FieldResolver(() => Stream, { nullable: true, description: 'Year only: the stream the class council decided for next year (its level is the level the pupil goes to).' })
  async decisionStream(@Root() r: StudentResults, @Ctx() ctx: Context): Promise<Stream | null> {
    const streamId = (await confirmed(r, ctx))?.streamId;
    return streamId ? loader(ctx, streamById).load(streamId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Year only: whether the class council has confirmed the decision.' })
  async decisionConfirmed(@Root() r: StudentResults, @Ctx() ctx: Context): Promise<boolean> {
    return (await confirmed(r, ctx)) !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Year only: the class council\'s note on its decision. Staff only: null for families.' })
  async decisionNote(@Root() r: StudentResults, @Ctx() ctx: Context): Promise<string | null> {
    if (readsAsFamily(requireViewer(ctx))) return null;
    return (await confirmed(r, ctx))?.note ?? null;
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'Year only: what the grading policy proposes (null while results are incomplete). Staff only: null for families.' })
  proposedDecision(@Root() r: StudentResults, @Ctx() ctx: Context): Decision | null {
    return readsAsFamily(requireViewer(ctx)) ? null : r.proposal;
  }
}

async function confirmed(r: StudentResults, ctx: Context): Promise<ConfirmedDecision | null> {
  if (r.term !== null) return null;
  return (await loader(ctx, decisionsByClass).load(r.classId)).get(r.studentId) ?? null;
}
