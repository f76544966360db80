import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { Term } from './evaluation.enums.js';
import { markRule } from './evaluation.access.js';
import { termResults, yearResults } from './results.compute.js';
import { type Input, loadPupilInputs, withSubjects } from './results.service.js';
import { type StudentResults } from './results.types.js';

/*
 * The transcript of a class a pupil has left: a transfer during the year closes the origin
 * enrolment (TRANSFERRED) and takes the pupil off that class's roster, so the class's results
 * (its ranking, its average) no longer count them; what they did there is still theirs. A
 * transcript is computed from the pupil's own grades in that class, by that class's subjects,
 * coefficients and grading policy, and carries no rank, class average, certificate or proposed
 * decision: those belong to the class's roster and to the class the pupil finishes the year in.
 */

/** A pupil in a class of a school year, and a term (none: the year). */
export const transcriptKey = (classId: number, yearId: number, studentId: string, term: Term | null | undefined) =>
  `${classId}:${yearId}:${studentId}:${term ?? 'YEAR'}`;

/**
 * Transcripts by transcriptKey(), within markRule (the school the row was recorded in, the school
 * the pupil is in now, the class's teachers, the family once the class has published the term;
 * the year: S2): null outside it, or without an enrolment of the pupil in that class. Every key of
 * a request in four statements.
 */
export const transcriptResults = (ctx: Context) =>
  new DataLoader<string, StudentResults | null>(async (keys) => {
    const parsed = keys.map((k) => k.split(':')).map(([classId, yearId, studentId, term]) => ({
      classId: Number(classId), yearId: Number(yearId), studentId, term: (term === 'YEAR' ? null : term) as Term | null,
    }));
    const viewer = requireViewer(ctx);
    const visibleIn = (term: Term) => reach(markRule, viewer, { studentId: 'e.student_id', classId: 'e.class_id', schoolId: 'e.school_id', schoolYearId: 'e.school_year_id', term: `'${term}'` });
    const inputs = await loadPupilInputs(ctx.db, parsed, [...new Set(parsed.map((p) => p.yearId))], { [Term.S1]: visibleIn(Term.S1), [Term.S2]: visibleIn(Term.S2) });
    return parsed.map(({ classId, studentId, term }) => {
      const input = inputs.get(classId);
      // The year's results are the S2 ones: families see them once S2 is published.
      if (!input?.visible[term ?? Term.S2].has(studentId)) return null;
      return transcriptOf(input, classId, studentId, term);
    });
  });

function transcriptOf(input: Input, classId: number, studentId: string, term: Term | null): StudentResults {
  const own = { ...input, students: [studentId] };
  const [row] = term ? termResults(own, term) : yearResults(own);
  return {
    studentId, classId, term, generalAverage: row.generalAverage, rank: null, classAverage: null,
    subjects: withSubjects(row.subjects, input.subjectsById), derivation: row.derivation, proposal: null, certificate: null, transcript: true,
  };
}
