import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType } from '../../core/graphql/connection.js';
import { idOf, MAX_ID } from '../../core/graphql/node.js';
import { Student } from '../people/student.entity.js';
import { SchoolYear } from '../schooling/school-year.entity.js';
import { schoolYearById } from '../schooling/schooling.loaders.js';
import { School } from '../territory/school.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { enrolmentById } from './enrolment.loaders.js';
import { Transfer } from './transfer.entity.js';
import { listTransfers, transferById, transferPupilById, transfersByStudent, transferSchoolById } from './transfer.loaders.js';
import { cancelTransfer, decideTransfer, requestTransfer } from './transfer.service.js';
import { CancelTransferInput, DecideTransferInput, RequestTransferInput, TransferFilterInput } from './dto/transfer.input.js';

export const TransferConnection = ConnectionType(Transfer);

/** The transfer as the caller now reads it (after a write: its new state). */
async function reread(ctx: Context, id: number): Promise<Transfer> {
  const transfer = await loader(ctx, transferById).load(id);
  if (!transfer) throw notFound('Transfer');
  return transfer;
}

@Authorized()
@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => TransferConnection, { description: 'Transfers from or to your school, or that your directorate or academy decides or contains; newest first.' })
  transfers(
    @Arg('filter', () => TransferFilterInput, { nullable: true }) filter: TransferFilterInput | undefined,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listTransfers(ctx, {
      status: filter?.status ?? undefined,
      statuses: filter?.statuses ?? undefined,
      schoolCode: filter?.schoolCode ?? undefined,
      awaitingYou: filter?.awaitingYou ?? undefined,
      requestedByYou: filter?.requestedByYou ?? undefined,
      search: filter?.search ?? undefined,
    }, page);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Transfer, { description: 'Asks for a pupil to move to another school: by the pupil\'s school, or by the destination (with the birth date).' })
  async requestTransfer(@Arg('input') input: RequestTransferInput, @Ctx() ctx: Context): Promise<Transfer> {
    return reread(ctx, await requestTransfer(ctx.db, requireViewer(ctx), input));
  }

  @Authorized(Permission.REGISTRY_WRITE, Permission.TERRITORY_FIGURES)
  @Mutation(() => Transfer, { description: 'Approves your side of a transfer, or refuses it with a reason; the last approval enrols the pupil at the destination.' })
  async decideTransfer(@Arg('input') input: DecideTransferInput, @Ctx() ctx: Context): Promise<Transfer> {
    const id = idOf(input.transferId, 'Transfer', 'transferId');
    const classId = input.classId ? idOf(input.classId, 'SchoolClass', 'classId') : undefined;
    await decideTransfer(ctx.db, requireViewer(ctx), id, { approve: input.approve, reason: input.reason, classId });
    return reread(ctx, id);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Transfer, { description: 'Withdraws a pending request: the school that asked only.' })
  async cancelTransfer(@Arg('input') input: CancelTransferInput, @Ctx() ctx: Context): Promise<Transfer> {
    const id = idOf(input.transferId, 'Transfer', 'transferId');
    await cancelTransfer(ctx.db, requireViewer(ctx), id);
    return reread(ctx, id);
  }

  @FieldResolver(() => Student, {
    nullable: true,
    description: 'The pupil: for the destination and the deciding directorate or academy while the transfer is pending; then as the pupil rule says (null outside it).',
  })
  student(@Root() t: Transfer, @Ctx() ctx: Context) {
    return loader(ctx, transferPupilById).load(Number(t.studentId));
  }

  @FieldResolver(() => School)
  fromSchool(@Root() t: Transfer, @Ctx() ctx: Context) {
    return loader(ctx, transferSchoolById).load(t.fromSchoolId);
  }

  @FieldResolver(() => School)
  toSchool(@Root() t: Transfer, @Ctx() ctx: Context) {
    return loader(ctx, transferSchoolById).load(t.toSchoolId);
  }

  @FieldResolver(() => SchoolYear)
  schoolYear(@Root() t: Transfer, @Ctx() ctx: Context) {
    return loader(ctx, schoolYearById).load(t.schoolYearId);
  }

  @FieldResolver(() => Enrolment, { nullable: true, description: 'The enrolment at the destination it opened (COMPLETED), within your scope.' })
  enrolment(@Root() t: Transfer, @Ctx() ctx: Context) {
    return t.enrolmentId && Number(t.enrolmentId) <= MAX_ID ? loader(ctx, enrolmentById).load(Number(t.enrolmentId)) : null;
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentTransfersResolver {
  @FieldResolver(() => [Transfer], { description: 'The pupil\'s transfers within your scope, newest first.' })
  transfers(@Root() s: Student, @Ctx() ctx: Context) {
    return loader(ctx, transfersByStudent).load(s.id);
  }
}
