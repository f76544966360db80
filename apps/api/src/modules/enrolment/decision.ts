import { registerEnumType } from 'type-graphql';

/**
 * The year-end outcome the class council decides (DESIGN's module table: evaluation computes the
 * proposals, enrolment owns the decisions, and next year's registration follows from them).
 */
export enum Decision {
  PROMOTED = 'PROMOTED',
  REPEAT = 'REPEAT',
  DROPPED_OUT = 'DROPPED_OUT',
  EXCLUDED = 'EXCLUDED',
  GRADUATED = 'GRADUATED',
  REORIENTED = 'REORIENTED',
}
registerEnumType(Decision, { name: 'Decision', description: 'Year-end outcome; proposed from the grading policy until the class council confirms it.' });
