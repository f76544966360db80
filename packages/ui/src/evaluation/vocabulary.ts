/**
 * The evaluation vocabulary the kit has words for (see `evaluation.*` in the messages). The kit
 * knows no data: these mirror the API's enums of the same names, and an app passes the generated
 * values straight in. A value the API adds without a word here fails the app's typecheck.
 */
export type Term = 'S1' | 'S2';
export type TermStatus = 'OPEN' | 'LOCKED' | 'PUBLISHED';
export type AssessmentKind =
  | 'CONTINUOUS'
  | 'INTEGRATED_ACTIVITY'
  | 'LOCAL_EXAM'
  | 'PROVINCIAL_EXAM'
  | 'REGIONAL_EXAM'
  | 'NATIONAL_EXAM';
export type Decision = 'PROMOTED' | 'REPEAT' | 'REORIENTED' | 'GRADUATED' | 'EXCLUDED' | 'DROPPED_OUT';
export type Absence = 'JUSTIFIED' | 'UNJUSTIFIED';
