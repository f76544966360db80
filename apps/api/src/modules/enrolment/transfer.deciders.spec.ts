import { describe, expect, it } from 'vitest';
import { approvalsNeeded, TransferApprover, TransferSide } from './transfer.deciders.js';

const casablanca = { provinceId: 1, regionId: 6 };
const mohammedia = { provinceId: 2, regionId: 6 };
const casablancaAgain = { provinceId: 1, regionId: 6 };
const rabat = { provinceId: 3, regionId: 4 };

describe('who must decide a transfer', () => {
  it('within one province: the school that did not ask', () => {
    expect(approvalsNeeded(casablanca, casablancaAgain, TransferSide.ORIGIN)).toEqual({ origin: null, destination: TransferApprover.SCHOOL });
    expect(approvalsNeeded(casablanca, casablancaAgain, TransferSide.DESTINATION)).toEqual({ origin: TransferApprover.SCHOOL, destination: null });
  });

  it('between provinces of one academy: the origin\'s directorate, whoever asked', () => {
    for (const side of [TransferSide.ORIGIN, TransferSide.DESTINATION]) {
      expect(approvalsNeeded(casablanca, mohammedia, side)).toEqual({ origin: TransferApprover.PROVINCE, destination: null });
    }
  });

  it('between academies: both academies', () => {
    for (const side of [TransferSide.ORIGIN, TransferSide.DESTINATION]) {
      expect(approvalsNeeded(rabat, casablanca, side)).toEqual({ origin: TransferApprover.REGION, destination: TransferApprover.REGION });
    }
  });
});
