import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { exportIndicators, recordChartExport } from './export.service.js';
import { ChartExportInput, ExportFile, ExportInput } from './export.types.js';
import { resolveSlice } from './slice.js';

// Mutations although they read figures only: each writes its line of the export log.
@Authorized(Permission.TERRITORY_FIGURES)
@Resolver()
export class ExportResolver {
  @Mutation(() => ExportFile, {
    description: 'A breakdown of the indicators as a CSV or .xlsx file, its filters written in it, within your territory (the same figures and '
      + 'suppression as indicatorBreakdown). The export is logged: who, what, when.',
  })
  async exportIndicators(@Arg('input', () => ExportInput) input: ExportInput, @Ctx() ctx: Context): Promise<ExportFile> {
    const viewer = requireViewer(ctx);
    return exportIndicators(ctx, viewer, await resolveSlice(ctx.db, viewer, input.slice), input);
  }

  @Mutation(() => Boolean, { description: 'Logs a chart saved as an image in the browser (who, which chart, which slice, when); the slice must be within your territory.' })
  async recordChartExport(@Arg('input', () => ChartExportInput) input: ChartExportInput, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await resolveSlice(ctx.db, viewer, input.slice);
    await recordChartExport(ctx, viewer, input.what, input.slice);
    return true;
  }
}
