import { useMutation } from '@apollo/client/react';
import type { EnrolmentSlipFieldsFragment } from '@massar/client';
import { useState } from 'react';
import { REGISTER_STUDENT } from '../graphql/mutations/registerStudent';
import { apiFieldProblem } from '../utils/apiFieldProblem';
import { duplicatesOfRefusal, identityKey, identityOf, type Duplicates } from '../utils/duplicateIdentity';
import { draftProblems, type FieldProblems } from '../utils/draftProblems';
import { usePossibleDuplicates } from './usePossibleDuplicates';
import { emptyDraft, emptyGuardian, MAX_GUARDIANS, toRegisterInput, type GuardianDraft, type RegistrationDraft } from '../utils/registrationDraft';

type PupilField = Exclude<keyof RegistrationDraft, 'guardians'>;

/**
 * The registration form's state: the draft, the problems shown (checked before sending, then the
 * API's), the pupils already registered with the identity typed (looked up as the typing pauses,
 * and from the API's POSSIBLE_DUPLICATE refusal), and the registration once made. Problems show
 * after the first attempt to send.
 */
export function useRegistrationForm(initialClassId: string, onRegistered: () => Promise<unknown>) {
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyDraft(initialClassId));
  const [attempted, setAttempted] = useState(0);
  const [apiProblems, setApiProblems] = useState<FieldProblems>({});
  const [registered, setRegistered] = useState<EnrolmentSlipFieldsFragment | null>(null);
  const [register, { loading, error, reset }] = useMutation(REGISTER_STUDENT);
  // The API's refusal for an identity, kept while that identity is the one typed.
  const [refused, setRefused] = useState<{ key: string; duplicates: Duplicates } | null>(null);
  const identity = identityOf(draft);
  const lookup = usePossibleDuplicates(identity);
  const refusedNow = refused && refused.key === identityKey(identity) ? refused.duplicates : null;

  const problems: FieldProblems = attempted > 0 ? { ...draftProblems(draft), ...apiProblems } : {};
  const edited = (path: string) => {
    if (path in apiProblems) setApiProblems(({ [path]: _, ...rest }) => rest);
  };

  const setField = (field: PupilField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    edited(field);
  };
  const setGuardianField = (index: number, field: keyof GuardianDraft, value: string) => {
    setDraft((d) => ({ ...d, guardians: d.guardians.map((g, i) => (i === index ? { ...g, [field]: value } : g)) }));
    edited(`guardians.${index}.${field}`);
  };
  const addGuardian = () => setDraft((d) => (d.guardians.length < MAX_GUARDIANS ? { ...d, guardians: [...d.guardians, emptyGuardian()] } : d));
  const removeGuardian = (index: number) => {
    setDraft((d) => ({ ...d, guardians: d.guardians.filter((_, i) => i !== index) }));
    setApiProblems({});
  };

  /** Sends the draft; `allowDuplicate` once the secretary said the pupil found is another child. */
  const send = async (allowDuplicate: boolean) => {
    setAttempted((n) => n + 1);
    setApiProblems({});
    setRefused(null);
    reset();
    if (Object.keys(draftProblems(draft)).length > 0) return;
    try {
      const input = { ...toRegisterInput(draft), ...(allowDuplicate ? { allowDuplicate: true } : {}) };
      const { data } = await register({ variables: { input } });
      if (!data) return;
      setRegistered(data.registerStudent);
      await onRegistered();
    } catch (caught) {
      const duplicates = duplicatesOfRefusal(caught);
      if (duplicates) setRefused({ key: identityKey(identity), duplicates });
      const problem = apiFieldProblem(caught);
      if (problem) setApiProblems({ [problem.path]: problem.reason });
    }
  };
  const submit = () => send(false);
  const registerAnotherChild = () => send(true);

  const startOver = () => {
    setDraft(emptyDraft(draft.classId));
    setAttempted(0);
    setApiProblems({});
    setRegistered(null);
    setRefused(null);
    reset();
  };

  // An error the form cannot put on a field (network, permission): shown above the form.
  const formError = error && !apiFieldProblem(error) && !duplicatesOfRefusal(error) ? error : null;
  // The refusal says more than the lookup (it was checked inside the registration): it wins.
  const duplicates = refusedNow ?? lookup;
  return {
    draft, problems, attempted, loading, formError, registered, duplicates, duplicateRefused: refusedNow !== null,
    setField, setGuardianField, addGuardian, removeGuardian, submit, registerAnotherChild, startOver,
  };
}

export type RegistrationForm = ReturnType<typeof useRegistrationForm>;
