import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { POSSIBLE_DUPLICATES } from '../graphql/queries/possibleDuplicates';
import { identityKey, type Duplicates, type Identity } from '../utils/duplicateIdentity';

/** How long the secretary's typing must pause before the identity is looked up. */
export const DUPLICATE_LOOKUP_DELAY_MS = 400;

/** The identity once the typing has paused on it (null until its four fields are filled). */
function useSettled(identity: Identity | null): Identity | null {
  const [settled, setSettled] = useState<Identity | null>(identity);
  const key = identityKey(identity);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(identity), DUPLICATE_LOOKUP_DELAY_MS);
    return () => window.clearTimeout(timer);
    // The key says when the identity changed; the object itself is new on every render.
  }, [key]);
  return settled;
}

/**
 * Pupils already registered with the identity being typed, asked as the typing pauses. Advisory:
 * a failed lookup warns of nothing, and the registration itself checks again.
 */
export function usePossibleDuplicates(identity: Identity | null): Duplicates | null {
  const settled = useSettled(identity);
  const { data } = useQuery(POSSIBLE_DUPLICATES, { variables: { input: settled! }, skip: settled === null, fetchPolicy: 'network-only' });
  const found = settled && data?.possibleDuplicates;
  if (!found || identityKey(settled) !== identityKey(identity)) return null;
  return {
    existsElsewhere: found.existsElsewhere,
    matches: found.matches.map((m) => ({ ...m.student, school: m.currentSchool && { code: m.currentSchool.code, nameFr: m.currentSchool.nameFr, nameAr: m.currentSchool.nameAr } })),
  };
}
