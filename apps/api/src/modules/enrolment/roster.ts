import { EnrolmentStatus } from './enrolment.entity.js';

/**
 * The one definition of "the pupils of a class" (DESIGN "Module rules"): its enrolments that
 * count. A pupil transferred out or who left keeps the enrolment as history, off the roster:
 * the grade grid, the results, the class council and the class's capacity all agree.
 */
export const ROSTER_STATUSES: readonly EnrolmentStatus[] = [EnrolmentStatus.ACTIVE];

/** The SQL condition "this enrolment (by its alias) is on its class's roster". */
export const onRoster = (enrolment: string) => `${enrolment}.status IN (${ROSTER_STATUSES.map((s) => `'${s}'`).join(', ')})`;
