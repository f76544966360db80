// Rules shared by the API and the apps: pure functions, no dependencies, no I/O.
export { CODE_MASSAR_PATTERN, cleanCodeMassar, isCodeMassar, looksLikeCodeMassar, parseCodeMassar } from './code-massar.js';
export { MARK_DECIMALS, MARK_MAX, MARK_MIN, MARK_PROBLEM_MESSAGES, type MarkProblem, markValueProblem, roundMark } from './mark.js';
export { ABSENCE_ALIASES, ABSENCE_SPELLING, type AbsenceKind, absenceKindOf, type JustificationStatus, readAbsence } from './absence.js';
export { type GradeText, type GradeTextProblem, gradeToText, readGradeText } from './grade-text.js';
