import { useApolloClient } from '@apollo/client/react';
import type { SupportLostLevelsQuery } from '@massar/client';
import { useEffect, useState } from 'react';
import { SUPPORT_LOST_LEVELS } from '../graphql/queries/supportLostLevels';
import { monthTotal, type AmountLike } from '../utils/amounts';

// A school's Tayssir list is a few hundred pupils: ten pages of lost ones is far beyond a month's.
const MAX_PAGES = 10;

interface MonthTotalArgs {
  schoolCode: string;
  programmeCode: string;
  month: string;
  /** The school's figure for the year's list (all beneficiaries at their level's amount), per period. */
  listedAmount: number | null | undefined;
  /** How many lost the month (the lost pages are read only when some did). */
  lostCount: number | null | undefined;
  amounts: readonly AmountLike[];
}

/**
 * The month's total due: the list's figure less the amounts of those who lost the month, whose
 * levels are read a page at a time. Null while unknown (loading, failed, or too many pages).
 */
export function useMonthTotal({ schoolCode, programmeCode, month, listedAmount, lostCount, amounts }: MonthTotalArgs) {
  const client = useApolloClient();
  const [state, setState] = useState<{ key: string; levels: (string | null)[] | null; failed: boolean }>({ key: '', levels: null, failed: false });
  const key = `${schoolCode}:${programmeCode}:${month}:${lostCount ?? ''}`;

  useEffect(() => {
    if (lostCount === null || lostCount === undefined) return;
    let current = true;
    const readPage = async (after: string | null): Promise<SupportLostLevelsQuery | undefined> =>
      (await client.query({ query: SUPPORT_LOST_LEVELS, variables: { code: schoolCode, programmeCode, month, after }, fetchPolicy: 'network-only' })).data;
    const readAll = async () => {
      const levels: (string | null)[] = [];
      let after: string | null = null;
      for (let read = 0; read < MAX_PAGES && levels.length < lostCount; read++) {
        const page: SupportLostLevelsQuery | undefined = await readPage(after);
        const connection = page?.school?.entitlements;
        if (!connection) break;
        levels.push(...connection.edges.map((e) => e.node.beneficiary?.level?.code ?? null));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      return levels;
    };
    const done = lostCount === 0 ? Promise.resolve([]) : readAll();
    done
      .then((levels) => current && setState({ key, levels: levels.length === lostCount ? levels : null, failed: levels.length !== lostCount }))
      .catch(() => current && setState({ key, levels: null, failed: true }));
    return () => {
      current = false;
    };
  }, [client, key, schoolCode, programmeCode, month, lostCount]);

  const levels = state.key === key ? state.levels : null;
  return { total: levels ? monthTotal(listedAmount, levels, amounts) : null, failed: state.key === key && state.failed };
}
