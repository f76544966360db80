import { holdsAny, Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Guardian } from './guardian.entity.js';

type Contact = { phone: string | null; email: string | null };

/**
 * The contact a viewer may read: for the school's director and secretariat and the guardian
 * themself (a teacher or an analyst sees names only). Staff read the contact recorded for the
 * pupil they reached this guardian through — what that pupil's school typed — and nothing on a
 * guardian reached any other way, so that a guardian shared with another school never shows
 * that school's data. The guardian themself also reads their own record.
 */
function contactFor(viewer: Viewer, guardian: Guardian): Contact | null {
  const self = scopeIds(viewer.grants, Permission.FAMILY, ScopeKind.GUARDIAN).includes(Number(guardian.id));
  if (!self && !holdsAny(viewer.grants, [Permission.SCHOOL_PUPILS])) return null;
  if (guardian.linkContact) return guardian.linkContact;
  return self ? { phone: guardian.recordedPhone, email: guardian.recordedEmail } : null;
}

/**
 * Sets the guardian's `phone` and `email` fields to what this viewer may read, once, where the
 * guardian is loaded: plain fields then, not a resolver run for each guardian of a list.
 */
export function withVisibleContact(viewer: Viewer, guardian: Guardian): Guardian {
  const contact = contactFor(viewer, guardian);
  guardian.phone = contact?.phone ?? null;
  guardian.email = contact?.email ?? null;
  return guardian;
}
