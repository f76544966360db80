import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { GradeSheetUploadInput } from './dto/grade-sheet.input.js';
import { Term } from './evaluation.enums.js';
import { exportGradeSheet, importGradeSheet, previewGradeSheet } from './grade-sheet.service.js';
import { GradeSheetFile, GradeSheetPreview } from './grade-sheet.types.js';

/*
 * gradeSheet is a Query: it reads only. previewGradeSheet is a Mutation although it writes
 * nothing, because it carries the uploaded file: a query would be cached by Apollo Client under
 * its 2 MB argument and could be sent as a GET.
 */
@Authorized()
@Resolver()
export class GradeSheetResolver {
  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Query(() => GradeSheetFile, { description: 'The .xlsx grade sheet of a class × subject × term: its teacher or the school\'s director.' })
  gradeSheet(
    @Arg('classId', () => ID) classId: string,
    @Arg('subjectCode') subjectCode: string,
    @Arg('term', () => Term) term: Term,
    @Ctx() ctx: Context,
  ): Promise<GradeSheetFile> {
    return exportGradeSheet(ctx.db, requireViewer(ctx), idOf(classId, 'SchoolClass', 'classId'), subjectCode, term);
  }

  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Mutation(() => GradeSheetPreview, { description: 'What importing this sheet would change, and every row that cannot be imported. Writes nothing.' })
  previewGradeSheet(@Arg('input') input: GradeSheetUploadInput, @Ctx() ctx: Context): Promise<GradeSheetPreview> {
    return previewGradeSheet(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input);
  }

  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Mutation(() => GradeSheetPreview, {
    description: 'Writes the sheet\'s changes, all or nothing, audited as "Import xlsx": BAD_USER_INPUT (first bad row) if the preview has any error; GRADES_LOCKED unless the term is open.',
  })
  importGradeSheet(@Arg('input') input: GradeSheetUploadInput, @Ctx() ctx: Context): Promise<GradeSheetPreview> {
    return importGradeSheet(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input);
  }
}
