import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, loader } from '../../core/context.js';
import { CurriculumSubject, ExamKind } from './curriculum-subject.type.js';
import { curriculumByLevel, streamsByLevel } from './curriculum.loaders.js';
import { Level } from './level.entity.js';
import { Stream } from './stream.entity.js';

@Authorized()
@Resolver(() => Level)
export class LevelResolver {
  @FieldResolver(() => [Stream], { description: 'The streams (filières) of a lycée level; empty below.' })
  streams(@Root() level: Level, @Ctx() ctx: Context) {
    return loader(ctx, streamsByLevel).load(level.id);
  }

  @FieldResolver(() => [CurriculumSubject], { description: 'Subjects and coefficients, optionally of one stream and one kind of evaluation.' })
  async subjects(
    @Root() level: Level,
    @Arg('streamCode', () => String, { nullable: true }) streamCode: string | undefined,
    @Arg('exam', () => ExamKind, { nullable: true }) exam: ExamKind | undefined,
    @Ctx() ctx: Context,
  ): Promise<CurriculumSubject[]> {
    const all = await loader(ctx, curriculumByLevel).load(level.id);
    return all.filter((s) => (!streamCode || s.streamCode === streamCode) && (!exam || s.exam === exam));
  }
}
