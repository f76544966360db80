import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { pageLoader } from '../../core/database/loaders.js';
import { notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType } from '../../core/graphql/connection.js';
import { idOf } from '../../core/graphql/node.js';
import { Student } from '../people/student.entity.js';
import { studentById } from '../people/people.loaders.js';
import { School } from '../territory/school.entity.js';
import {
  absencesByJustification, attachmentByJustification, attachmentDataUrl, justificationById, justificationPages, readAbsences,
} from './absence.loaders.js';
import { AbsenceJustification, AbsenceRecord, JustificationAttachment, JustificationStatus } from './absence.types.js';
import { DecideJustificationInput, JustifyAbsenceInput } from './dto/justification.input.js';
import { decideJustification, justifyAbsence } from './justification.service.js';

export const JustificationConnection = ConnectionType(AbsenceJustification, 'Justification');

@Authorized()
@Resolver(() => AbsenceJustification)
export class JustificationResolver {
  // DESIGN says justifyAbsence returns one AbsenceRecord: it returns the list, since one certificate covers several absences.
  @Authorized(Permission.FAMILY, Permission.REGISTRY_WRITE)
  @Mutation(() => [AbsenceRecord], {
    description: 'Sends a justification of absences of one pupil (one certificate may cover several), with an optional attachment: by the family or '
      + 'the school\'s staff. It waits for the school\'s decision (decideJustification). Returns the absences it covers.',
  })
  async justifyAbsence(@Arg('input') input: JustifyAbsenceInput, @Ctx() ctx: Context): Promise<AbsenceRecord[]> {
    const absenceIds = input.absenceIds.map((id, i) => idOf(id, 'AbsenceRecord', `absenceIds.${i}`, Number.MAX_SAFE_INTEGER));
    const id = await justifyAbsence(ctx.db, requireViewer(ctx), {
      absenceIds, reason: input.reason, note: input.note, attachment: input.attachment,
    });
    return readAbsences(ctx, 'a.justification_id = $1', [id]);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => AbsenceJustification, { description: 'Accepts a pending justification (its absences count as justified) or refuses it with a reason: the school\'s staff.' })
  async decideJustification(@Arg('input') input: DecideJustificationInput, @Ctx() ctx: Context): Promise<AbsenceJustification> {
    const id = idOf(input.justificationId, 'Justification', 'justificationId', Number.MAX_SAFE_INTEGER);
    await decideJustification(ctx.db, requireViewer(ctx), id, { accept: input.accept, reason: input.reason });
    const decided = await loader(ctx, justificationById).load(id);
    if (!decided) throw notFound('Justification');
    return decided;
  }

  @FieldResolver(() => Student, { nullable: true })
  student(@Root() j: AbsenceJustification, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(j.studentId));
  }

  @FieldResolver(() => [AbsenceRecord], { description: 'The absences it covers, by date.' })
  absences(@Root() j: AbsenceJustification, @Ctx() ctx: Context) {
    return loader(ctx, absencesByJustification).load(j.id);
  }

  @FieldResolver(() => JustificationAttachment, { nullable: true, description: 'The file sent with it: for the school it was sent to and the pupil\'s family only.' })
  attachment(@Root() j: AbsenceJustification, @Ctx() ctx: Context) {
    return j.hasAttachment ? loader(ctx, attachmentByJustification).load(j.id) : null;
  }
}

@Authorized()
@Resolver(() => JustificationAttachment)
export class JustificationAttachmentResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The file as a data: URL (read only when asked for).' })
  dataUrl(@Root() a: JustificationAttachment, @Ctx() ctx: Context) {
    return loader(ctx, attachmentDataUrl).load(a.justificationId);
  }
}

// One memo key per status, so that pageLoader batches the schools asked with the same status and page.
const INBOX_KEYS = new Map<string, object>();
const inboxKey = (status: JustificationStatus | undefined) => {
  const name = status ?? '';
  if (!INBOX_KEYS.has(name)) INBOX_KEYS.set(name, {});
  return INBOX_KEYS.get(name)!;
};

@Authorized()
@Resolver(() => School)
export class SchoolJustificationsResolver {
  @FieldResolver(() => JustificationConnection, { description: 'The justifications sent to the school, oldest first (the staff\'s inbox), by status: its staff only.' })
  justifications(
    @Root() school: School,
    @Arg('status', () => JustificationStatus, { nullable: true }) status: JustificationStatus | undefined,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return pageLoader(ctx, inboxKey(status), page, justificationPages(ctx, status, page)).load(school.id);
  }
}
