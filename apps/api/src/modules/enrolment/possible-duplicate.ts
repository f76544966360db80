import { type EntityManager } from 'typeorm';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { findIdentityMatches, type Identity, lockIdentity, type VisibleMatch } from '../people/duplicate-identity.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';

/**
 * Refuses a registration whose identity is a pupil's already (CONFLICT, POSSIBLE_DUPLICATE),
 * inside the registration's transaction: the identity stays locked until it commits, so a second
 * school registering the same child at the same moment sees the first one's pupil. The refusal
 * lists the matches in the caller's scope, as the caller may see them, and for the others says
 * only that one exists (people/duplicate-identity.ts says why that much is acceptable).
 */
export async function refusePossibleDuplicate(tx: EntityManager, viewer: Viewer, identity: Identity): Promise<void> {
  await lockIdentity(tx, identity);
  const { visible, existsElsewhere } = await findIdentityMatches(tx, viewer, identity);
  if (!visible.length && !existsElsewhere) return;
  throw new DomainError(ErrorCode.CONFLICT, messageFor(visible), {
    reason: EnrolmentErrorReason.POSSIBLE_DUPLICATE,
    matches: visible.map(describe),
    existsElsewhere,
  });
}

function describe({ student: s, currentSchool }: VisibleMatch) {
  return {
    codeMassar: s.code_massar,
    firstName: s.first_name,
    lastName: s.last_name,
    firstNameAr: s.first_name_ar,
    lastNameAr: s.last_name_ar,
    birthDate: s.birth_date,
    birthPlace: s.birth_place,
    currentSchool: currentSchool && { code: currentSchool.code, nameFr: currentSchool.nameFr, nameAr: currentSchool.nameAr },
  };
}

function messageFor(visible: VisibleMatch[]): string {
  if (visible.length) {
    const codes = visible.map((m) => m.student.code_massar).join(', ');
    return `A pupil with these names, birth date and birth place is registered already (${codes}): enrol them with their code Massar, or register with allowDuplicate if this is another child`;
  }
  return 'A pupil with these names, birth date and birth place is registered in another school: ask the family for the code Massar and request a transfer, or register with allowDuplicate if this is another child';
}
