import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { Student } from '../people/student.entity.js';
import { readAbsences } from './absence.loaders.js';
import { AbsenceRecord, RollCallPupil, RollCallSheet } from './absence.types.js';
import { RollCallInput } from './dto/roll-call.input.js';
import { rollCallSheet } from './roll-call.loaders.js';
import { checkDate, recordRollCall } from './roll-call.service.js';

@Authorized()
@Resolver()
export class RollCallResolver {
  @Authorized(Permission.TEACH, Permission.REGISTRY_WRITE)
  @Mutation(() => [AbsenceRecord], {
    description: 'Records the roll call of a slot on a date, all or nothing: the pupils absent or late (everyone else present). By the slot\'s teacher or '
      + 'the school\'s staff; recording again replaces the earlier one (an absence that stays keeps its justification), each change audited. '
      + 'Returns the roll call\'s absences.',
  })
  async recordRollCall(@Arg('input') input: RollCallInput, @Ctx() ctx: Context): Promise<AbsenceRecord[]> {
    const slotId = idOf(input.slotId, 'TimetableSlot', 'slotId', Number.MAX_SAFE_INTEGER);
    const { rollCallId, yearId } = await recordRollCall(ctx.db, requireViewer(ctx), { slotId, date: input.date, absent: input.absent });
    return readAbsences(ctx, 'a.roll_call_id = $1 AND a.school_year_id = $2', [rollCallId, yearId]);
  }

  @Query(() => RollCallSheet, {
    nullable: true,
    description: 'The roll call sheet of a slot on a date (the class list with the current marks): the school\'s staff and the teachers of the slot or '
      + 'class; null otherwise, or for a date that is not the slot\'s.',
  })
  rollCall(@Arg('slotId', () => ID) slotId: string, @Arg('date') date: string, @Ctx() ctx: Context): Promise<RollCallSheet | null> {
    return rollCallSheet(ctx, idOf(slotId, 'TimetableSlot', 'slotId', Number.MAX_SAFE_INTEGER), checkDate(date, 'date'));
  }
}

@Authorized()
@Resolver(() => RollCallPupil)
export class RollCallPupilResolver {
  @FieldResolver(() => Student, { description: 'Read with the sheet: its reader sees the class list.' })
  student(@Root() p: RollCallPupil): Student {
    return p.student as Student;
  }
}
