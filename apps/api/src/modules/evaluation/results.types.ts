// simpleResolvers: the plain properties of these (per pupil, per subject) objects resolve with
// graphql's default resolver instead of a type-graphql wrapper; there are no middlewares to run.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import { Subject } from '../schooling/subject.entity.js';
import { Absence, CertificateOutcome, type Decision, Honours, Term, TermStatus } from './evaluation.enums.js';

@ObjectType({ description: 'A subject taught in a class, with its coefficient in the continuous-assessment average.' })
export class ClassSubject {
  subjectId: number;
  @Field(() => Float) coefficient: number;
}

@ObjectType({ description: 'One line of how an average was computed: Σ(value × weight) / Σ weight over lines with a value.', simpleResolvers: true })
export class DerivationStep {
  @Field({ description: 'An assessment ("CONTINUOUS 2", "CONTINUOUS 3 UNJUSTIFIED"), a subject code, a term (S1) or an exam kind.' })
  label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float) weight: number;
}

@ObjectType({ simpleResolvers: true })
export class SubjectResult {
  @Field(() => Subject) subject: Subject;
  @Field(() => Float) coefficient: number;
  @Field(() => Float, { nullable: true }) average: number | null;
  @Field(() => [DerivationStep]) derivation: DerivationStep[];
}

@ObjectType({ description: 'A certificate exam result: CEP (6AP), CEC (3AC) or BAC (2BAC).' })
export class CertificateResult {
  @Field() name: string;
  @Field(() => Float, { nullable: true }) average: number | null;
  @Field(() => CertificateOutcome, { nullable: true }) outcome: CertificateOutcome | null;
  @Field(() => Honours, { nullable: true }) honours: Honours | null;
  @Field(() => [DerivationStep]) derivation: DerivationStep[];
}

@ObjectType({
  description: 'A pupil\'s results in one class for a term, or for the year when no term is given. In the class the pupil is enrolled in, '
    + 'the class\'s results (ranked among its roster); in a class the pupil has left (a transfer during the year), a transcript: see `transcript`.',
  simpleResolvers: true,
})
export class StudentResults {
  studentId: string;
  classId: number;
  @Field(() => Term, { nullable: true, description: 'Null: the year.' }) term: Term | null;
  @Field(() => Float, { nullable: true }) generalAverage: number | null;
  @Field(() => Int, { nullable: true, description: 'Equal averages share a rank (1, 1, 3). Null in a transcript.' }) rank: number | null;
  @Field(() => Float, { nullable: true, description: 'The class\'s average of general averages, over its roster. Null in a transcript.' })
  classAverage: number | null;
  @Field({
    description: 'True: the transcript of a class the pupil has left (enrolment TRANSFERRED or LEFT), its subject averages and general average '
      + 'computed from the pupil\'s own grades in that class alone; rank, classAverage, certificate and proposedDecision are null (the class\'s '
      + 'ranking is its current roster\'s). False: the class\'s results, as its results list shows them.',
  })
  transcript: boolean;
  @Field(() => [SubjectResult]) subjects: SubjectResult[];
  @Field(() => [DerivationStep], { description: 'How the general average was computed.' }) derivation: DerivationStep[];
  /** The grading policy's proposal (year only); `decision`, `proposedDecision` and `decisionConfirmed` resolve from it. */
  proposal: Decision | null;
  @Field(() => CertificateResult, { nullable: true, description: 'Year only, on certificate levels.' }) certificate: CertificateResult | null;
}

@ObjectType({ simpleResolvers: true })
export class ClassResults {
  classId: number;
  @Field(() => Term, { nullable: true, description: 'Null: the year.' }) term: Term | null;
  @Field(() => Float, { nullable: true }) classAverage: number | null;
  @Field(() => [StudentResults], { description: 'By name; families see their own children only, once published.' }) students: StudentResults[];
}

@ObjectType({ description: 'One change of a grade, from the append-only audit trail.' })
export class GradeChange {
  studentId: string;
  @Field(() => GraphQLISODateTime) changedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who changed it; null for a change made outside the API.' }) changedBy: string | null;
  @Field(() => Float, { nullable: true }) oldValue: number | null;
  @Field(() => Absence, { nullable: true }) oldAbsence: Absence | null;
  @Field(() => Float, { nullable: true, description: 'Null with no new absence either: the grade was removed.' }) newValue: number | null;
  @Field(() => Absence, { nullable: true }) newAbsence: Absence | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType({ description: 'A class × term status, with who last locked, published and reopened it. Families see the status only.' })
export class TermState {
  @Field(() => TermStatus) status: TermStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last lock (kept after a reopening).' }) lockedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Display name of the account that last locked it.' }) lockedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null unless published now: reopening withdraws the publication.' })
  publishedAt: Date | null;
  @Field(() => String, { nullable: true }) publishedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last reopening.' }) reopenedAt: Date | null;
  @Field(() => String, { nullable: true }) reopenedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' }) reopenReason: string | null;
}
