import { Field, ObjectType } from 'type-graphql';
import { CoreErrorReason } from '../core/errors.js';
import { EnrolmentErrorReason } from '../modules/enrolment/enrolment.errors.js';
import { EvaluationErrorReason } from '../modules/evaluation/evaluation.errors.js';
import { PeopleErrorReason } from '../modules/people/people.errors.js';
import { SchoolingErrorReason } from '../modules/schooling/schooling.errors.js';
import { SchoolTimeErrorReason } from '../modules/schooltime/schooltime.errors.js';
import { SupportErrorReason } from '../modules/support/support.errors.js';
import { AnalyticsErrorReason } from '../modules/analytics/analytics.errors.js';

/**
 * No field returns this type: it exists so that the schema prints every module's reason enum
 * (type-graphql prints only reachable types; buildMassarSchema gets it as an orphaned type) and
 * codegen types them in the apps. Territory has no refusal of its own (only NOT_FOUND).
 */
@ObjectType({ description: 'The values of extensions.reason, per module (a type to read, never returned by a field).' })
export class ErrorReasons {
  @Field(() => CoreErrorReason, { description: 'Sessions, permissions, ids, cursors, validation, request limits: any module.' })
  core: CoreErrorReason;

  @Field(() => PeopleErrorReason)
  people: PeopleErrorReason;

  @Field(() => SchoolingErrorReason)
  schooling: SchoolingErrorReason;

  @Field(() => EnrolmentErrorReason)
  enrolment: EnrolmentErrorReason;

  @Field(() => EvaluationErrorReason)
  evaluation: EvaluationErrorReason;

  @Field(() => SchoolTimeErrorReason)
  schooltime: SchoolTimeErrorReason;

  @Field(() => SupportErrorReason)
  support: SupportErrorReason;

  @Field(() => AnalyticsErrorReason)
  analytics: AnalyticsErrorReason;
}

/** Each module's reason enum, by module name (module-map.json); a module without refusals of its own has none. */
export const MODULE_ERROR_REASONS: Readonly<Record<string, Record<string, string>>> = {
  core: CoreErrorReason,
  people: PeopleErrorReason,
  schooling: SchoolingErrorReason,
  enrolment: EnrolmentErrorReason,
  evaluation: EvaluationErrorReason,
  schooltime: SchoolTimeErrorReason,
  support: SupportErrorReason,
  analytics: AnalyticsErrorReason,
};
