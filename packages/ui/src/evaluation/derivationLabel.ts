import type { AssessmentKind, Term } from './vocabulary';

const KINDS = new Set(['CONTINUOUS', 'INTEGRATED_ACTIVITY', 'LOCAL_EXAM', 'PROVINCIAL_EXAM', 'REGIONAL_EXAM', 'NATIONAL_EXAM']);
const ASSESSMENT = /^([A-Z_]+) (\d+)(?: (JUSTIFIED|UNJUSTIFIED))?$/;

export type DerivationLine =
  | { kind: 'assessment'; assessment: { kind: AssessmentKind; number: number }; absence: 'JUSTIFIED' | 'UNJUSTIFIED' | null }
  | { kind: 'examKind'; examKind: AssessmentKind }
  | { kind: 'term'; term: Term }
  | { kind: 'subject'; code: string }
  | { kind: 'other'; label: string };

/**
 * Reads a DerivationStep label ("CONTINUOUS 2", "CONTINUOUS 3 UNJUSTIFIED", "MATH", "S1",
 * "REGIONAL_EXAM") so that the screen can word it in the reader's language.
 */
export function parseDerivationLabel(label: string, subjectCodes: ReadonlySet<string>): DerivationLine {
  const match = ASSESSMENT.exec(label);
  if (match && KINDS.has(match[1])) {
    const absence = (match[3] as 'JUSTIFIED' | 'UNJUSTIFIED' | undefined) ?? null;
    return { kind: 'assessment', assessment: { kind: match[1] as AssessmentKind, number: Number(match[2]) }, absence };
  }
  if (label === 'S1' || label === 'S2') return { kind: 'term', term: label };
  if (KINDS.has(label)) return { kind: 'examKind', examKind: label as AssessmentKind };
  if (subjectCodes.has(label)) return { kind: 'subject', code: label };
  return { kind: 'other', label };
}
