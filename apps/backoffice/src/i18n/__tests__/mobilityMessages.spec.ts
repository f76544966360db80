import { EnrolmentErrorReason } from '@massar/client';
import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import { DEADLINE_REASONS, STREAM_PROBLEMS } from '../../modules/orientation/constants/Orientation';
import { ROLLOVER_REASONS } from '../../modules/rollover/utils/rolloverError';
import { TRANSFER_FORM_REASONS, TRANSFER_REASONS } from '../../modules/transfers/constants/TransferReasons';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';

// Every value of the schema's enums the mobility screens word: a value added to the API fails the typecheck here.
const PLACEMENT_ISSUES = { CLASS_FULL: 1, LEAVES_CYCLE: 1, NO_CLASS: 1, NO_DECISION: 1, STREAM_NOT_DECIDED: 1 } satisfies Record<import('@massar/client').PlacementIssue, 1>;
const STATUSES = { REQUESTED: 1, APPROVED: 1, COMPLETED: 1, REFUSED: 1, CANCELLED: 1 } satisfies Record<import('@massar/client').TransferStatus, 1>;
const APPROVERS = { SCHOOL: 1, PROVINCE: 1, REGION: 1 } satisfies Record<import('@massar/client').TransferApprover, 1>;
const SIDES = { ORIGIN: 1, DESTINATION: 1 } satisfies Record<import('@massar/client').TransferSide, 1>;

const WORDED: string[] = [
  ...[...TRANSFER_REASONS, ...TRANSFER_FORM_REASONS].map((r) => `transfers.reasons.${r}`),
  ...[...ROLLOVER_REASONS].map((r) => `rollover.reasons.${r}`),
  ...[...STREAM_PROBLEMS].map((r) => `council.streamProblem.${r}`),
  ...[...DEADLINE_REASONS].map((r) => `orientation.reasons.${r}`),
  ...Object.keys(PLACEMENT_ISSUES).map((r) => `rollover.issue.${r}`),
  ...Object.keys(STATUSES).map((s) => `transfers.statusName.${s}`),
  ...Object.keys(SIDES).map((s) => `transfers.requestedBy.${s}`),
  ...Object.keys(APPROVERS).flatMap((a) => Object.keys(SIDES).map((s) => `transfers.approver.${a}_${s}`)),
];

describe('the mobility screens\' texts', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    expect(WORDED.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('word reasons the API gives (or the form\'s own)', () => {
    const enrolment = new Set<string>(Object.values(EnrolmentErrorReason));
    expect([...STREAM_PROBLEMS, ...DEADLINE_REASONS].filter((r) => !enrolment.has(r))).toEqual([]);
  });
});
