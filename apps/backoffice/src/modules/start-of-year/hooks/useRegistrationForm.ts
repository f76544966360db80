import { useMutation } from '@apollo/client/react';
import type { EnrolmentSlipFieldsFragment } from '@massar/client';
import { useState } from 'react';
import { REGISTER_STUDENT } from '../graphql/mutations/registerStudent';
import { apiFieldProblem } from '../utils/apiFieldProblem';
import { draftProblems, type FieldProblems } from '../utils/draftProblems';
import { emptyDraft, emptyGuardian, MAX_GUARDIANS, toRegisterInput, type GuardianDraft, type RegistrationDraft } from '../utils/registrationDraft';

type PupilField = Exclude<keyof RegistrationDraft, 'guardians'>;

/**
 * The registration form's state: the draft, the problems shown (checked before sending, then the
 * API's), and the registration once made. Problems show after the first attempt to send.
 */
export function useRegistrationForm(initialClassId: string, onRegistered: () => Promise<unknown>) {
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyDraft(initialClassId));
  const [attempted, setAttempted] = useState(0);
  const [apiProblems, setApiProblems] = useState<FieldProblems>({});
  const [registered, setRegistered] = useState<EnrolmentSlipFieldsFragment | null>(null);
  const [register, { loading, error, reset }] = useMutation(REGISTER_STUDENT);

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

  const submit = async () => {
    setAttempted((n) => n + 1);
    setApiProblems({});
    reset();
    if (Object.keys(draftProblems(draft)).length > 0) return;
    try {
      const { data } = await register({ variables: { input: toRegisterInput(draft) } });
      if (!data) return;
      setRegistered(data.registerStudent);
      await onRegistered();
    } catch (caught) {
      const problem = apiFieldProblem(caught);
      if (problem) setApiProblems({ [problem.path]: problem.reason });
    }
  };

  const startOver = () => {
    setDraft(emptyDraft(draft.classId));
    setAttempted(0);
    setApiProblems({});
    setRegistered(null);
    reset();
  };

  // An error the form cannot put on a field (network, permission): shown above the form.
  const formError = error && !apiFieldProblem(error) ? error : null;
  return { draft, problems, attempted, loading, formError, registered, setField, setGuardianField, addGuardian, removeGuardian, submit, startOver };
}

export type RegistrationForm = ReturnType<typeof useRegistrationForm>;
