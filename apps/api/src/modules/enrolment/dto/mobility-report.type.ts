import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Level } from '../../schooling/level.entity.js';
import { Stream } from '../../schooling/stream.entity.js';
import { School } from '../../territory/school.entity.js';
import { Decision } from '../decision.js';

/** Why a pupil concerned by a rollover or a collective move was not placed. */
export enum PlacementIssue {
  NO_DECISION = 'NO_DECISION',
  LEAVES_CYCLE = 'LEAVES_CYCLE',
  STREAM_NOT_DECIDED = 'STREAM_NOT_DECIDED',
  NO_CLASS = 'NO_CLASS',
  CLASS_FULL = 'CLASS_FULL',
}
registerEnumType(PlacementIssue, {
  name: 'PlacementIssue',
  description: 'Why a pupil was not placed by a rollover or a collective move (detail says more).',
  valuesConfig: {
    NO_DECISION: { description: 'No year-end decision confirmed by the class council.' },
    LEAVES_CYCLE: { description: 'Promoted to a level this school does not teach: the next school enrols them (moveCohort).' },
    STREAM_NOT_DECIDED: { description: 'The next level is taught by stream here and no stream was decided.' },
    NO_CLASS: { description: 'No class of the level (and stream) next year: create one and run again.' },
    CLASS_FULL: { description: 'Every class of the level (and stream) is at capacity: add a class or seats and run again.' },
  },
});

/** Why an origin school of a collective move was left out. */
export enum OriginRefusal {
  UNKNOWN_SCHOOL = 'UNKNOWN_SCHOOL',
  OTHER_PROVINCE = 'OTHER_PROVINCE',
}
registerEnumType(OriginRefusal, {
  name: 'OriginRefusal',
  description: 'Why an origin school of moveCohort was left out (its pupils stay where they are).',
  valuesConfig: {
    UNKNOWN_SCHOOL: { description: 'No school has this code.' },
    OTHER_PROVINCE: { description: 'Not in the receiving school\'s province: its directorate sends those pupils elsewhere.' },
  },
});

@ObjectType({ description: 'A pupil not placed, and why.' })
export class UnplacedStudent {
  studentId: string;

  @Field(() => PlacementIssue)
  reason: PlacementIssue;

  @Field({ description: 'The reason in words, naming the level, stream or class.' })
  detail: string;

  @Field(() => String, { nullable: true, description: 'The school the pupil comes from (a collective move).' })
  originSchoolCode: string | null;
}

@ObjectType({ description: 'Pupils placed at one level (and stream).' })
export class LevelPlacement {
  @Field(() => Level) level: Level;
  @Field(() => Stream, { nullable: true }) stream: Stream | null;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Pupils placed in one class.' })
export class ClassPlacement {
  /** Null for a class that exists only in a dry run. */
  classId: number | null;
  studentIds: string[];

  @Field() className: string;
  @Field(() => Level) level: Level;
  @Field(() => Stream, { nullable: true }) stream: Stream | null;
  @Field(() => Int) count: number;
  @Field(() => Int, { description: 'Pupils in the class after the operation.' }) size: number;
  @Field(() => Int) capacity: number;
}

@ObjectType({ description: 'Pupils leaving with a decision that ends their schooling here.' })
export class DecisionCount {
  @Field(() => Decision) decision: Decision;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'What a rollover did (or, dry, would do).' })
export class RolloverReport {
  @Field() dryRun: boolean;
  @Field({ description: 'The year rolled over, e.g. 2025-2026.' }) fromYear: string;
  @Field() toYear: string;
  @Field({ description: 'toYear did not exist before (created, or would be).' }) yearCreated: boolean;
  @Field(() => [String], { description: 'Next year\'s classes made from this year\'s.' }) classesCreated: string[];
  @Field(() => [String], { description: 'This year\'s classes whose name next year already bears: left as they are.' }) classesAlreadyThere: string[];
  @Field(() => Int) placed: number;
  @Field(() => [LevelPlacement]) placedByLevel: LevelPlacement[];
  @Field(() => [ClassPlacement]) placedByClass: ClassPlacement[];
  @Field(() => [DecisionCount], { description: 'GRADUATED, DROPPED_OUT, EXCLUDED: not re-registered.' }) leaving: DecisionCount[];
  @Field(() => Int, { description: 'Pupils already enrolled next year (anywhere): left as they are.' }) alreadyEnrolled: number;
  @Field(() => [UnplacedStudent]) notPlaced: UnplacedStudent[];
  @Field({ description: 'Whether anything was (or would be) written: false when run again after a real run.' }) changed: boolean;
}

@ObjectType({ description: 'Pupils moved from one origin school.' })
export class OriginCount {
  @Field() schoolCode: string;
  @Field() schoolName: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'An origin school left out of a collective move.' })
export class RefusedSchool {
  @Field() schoolCode: string;
  @Field(() => OriginRefusal) reason: OriginRefusal;
  @Field() detail: string;
}

@ObjectType({ description: 'What a collective move did (or, dry, would do). Run by a directorate: counts per class and per origin school; no pupil\'s identity (students, student: under the pupil rule).' })
export class CohortMoveReport {
  @Field() dryRun: boolean;
  @Field({ description: 'The year the pupils finished.' }) year: string;
  @Field({ description: 'The year they are enrolled for.' }) nextYear: string;
  @Field(() => Level) level: Level;
  @Field(() => Level) nextLevel: Level;
  @Field(() => School) toSchool: School;
  @Field(() => Int) moved: number;
  @Field(() => [ClassPlacement], { description: 'How many went where, per class of the receiving school (its students: under the pupil rule, none for a territorial account).' }) byClass: ClassPlacement[];
  @Field(() => [OriginCount], { description: 'How many were moved from each origin school accepted.' }) byOrigin: OriginCount[];
  @Field(() => [RefusedSchool]) refusedSchools: RefusedSchool[];
  @Field(() => Int, { description: 'Pupils of the level already enrolled next year (anywhere): left as they are.' }) alreadyEnrolled: number;
  @Field(() => Int, { description: 'Pupils of the level without a PROMOTED decision: their own school\'s rollover handles them.' }) notPromoted: number;
  @Field(() => [UnplacedStudent], { description: 'Each pupil left without a seat, with the reason and origin school (student: under the pupil rule, null for a territorial account).' }) notPlaced: UnplacedStudent[];
}
