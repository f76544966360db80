import { useMutation } from '@apollo/client/react';
import type { FamilySituation } from '@massar/client';
import { serverErrorMessage, serverErrorReason } from '@massar/client';
import { useTranslation } from '@massar/ui';
import { ADD_BENEFICIARIES } from '../graphql/mutations/addBeneficiaries';
import { REMOVE_BENEFICIARIES } from '../graphql/mutations/removeBeneficiaries';
import { listReasonKey, rowRefusals } from '../utils/beneficiaryRefusal';

// Every list of the screen reads again after a write (the candidates' status, the list, the month).
const REFETCH = ['SupportCandidates', 'SupportBeneficiaries', 'SupportEntitlements'];

/** Adds or removes pupils of a programme's list, all or nothing; the refused rows and the error worded. */
export function useBeneficiaryWrite(kind: 'add' | 'remove') {
  const { t } = useTranslation();
  const [add, added] = useMutation(ADD_BENEFICIARIES, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [remove, removed] = useMutation(REMOVE_BENEFICIARIES, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const state = kind === 'add' ? added : removed;
  const refusals = rowRefusals(state.error);
  const listKey = listReasonKey(serverErrorReason(state.error));
  // Rows refused: the screen shows them on their rows; otherwise one sentence for the whole list.
  const errorText = !state.error ? null : refusals.length > 0 ? t('support.rowsRefused', { count: refusals.length }) : listKey ? t(listKey) : (serverErrorMessage(state.error) ?? t('support.networkError'));

  const write = async (input: { programmeCode: string; year: string; codesMassar: string[]; familySituations?: FamilySituation[] }): Promise<number | null> => {
    state.reset();
    try {
      if (kind === 'add') {
        const { data } = await add({ variables: { input } });
        return data ? data.addBeneficiaries.length : null;
      }
      const { data } = await remove({ variables: { input } });
      return data ? data.removeBeneficiaries : null;
    } catch {
      // Worded from the mutation's error.
      return null;
    }
  };
  return { write, loading: state.loading, refusals, errorText, reset: state.reset };
}
