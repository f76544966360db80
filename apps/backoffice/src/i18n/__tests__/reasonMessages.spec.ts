import { EvaluationErrorReason, GradeSheetRowReason } from '@massar/client';
import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_REASONS, KNOWN_PROBLEMS, SHEET_ROW_REASONS, TYPING_PROBLEMS } from '../../modules/grades/constants/GradeProblems';
import { COUNCIL_PROBLEMS, TERM_REASONS } from '../../modules/results/constants/Reasons';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';

// The API's refusals the back office words itself, by reason (the schema's enums, via @massar/client):
// each needs its text in every language, else the screen would show a raw key.
const WORDED: [prefix: string, reasons: ReadonlySet<string>][] = [
  ['grades.problem', KNOWN_PROBLEMS],
  ['grades.create.reasons', ASSESSMENT_REASONS],
  ['sheet.reasons', SHEET_ROW_REASONS],
  ['termActions.reasons', TERM_REASONS],
  ['council.problem', COUNCIL_PROBLEMS],
];

describe('the texts of the API\'s refusals', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    const missing = WORDED.flatMap(([prefix, reasons]) => [...reasons].map((r) => `${prefix}.${r}`)).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('word every reason a grade sheet\'s row can be refused for', () => {
    expect([...SHEET_ROW_REASONS].sort()).toEqual(Object.values(GradeSheetRowReason).sort());
  });

  it('come from the API\'s enum (a reason it does not give would never be worded)', () => {
    const apiReasons = new Set<string>(Object.values(EvaluationErrorReason));
    const typing = new Set<string>(TYPING_PROBLEMS);
    const foreign = WORDED.flatMap(([, reasons]) => [...reasons]).filter((r) => !apiReasons.has(r) && !typing.has(r));
    expect(foreign).toEqual([]);
  });
});
