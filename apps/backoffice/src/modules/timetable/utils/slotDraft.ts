import type { Term } from '@massar/client';

/** The slot form as typed: every field a string (a select's or a time input's value). */
export interface SlotDraft {
  weekday: string;
  startsAt: string;
  endsAt: string;
  subjectCode: string;
  teacherId: string;
  room: string;
}

/** A slot as the form reads it to move it. */
export interface DraftSource {
  weekday: number;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  subject: { code: string };
  teacher?: { id: string } | null;
}

export const EMPTY_DRAFT: SlotDraft = { weekday: '1', startsAt: '', endsAt: '', subjectCode: '', teacherId: '', room: '' };

export const draftOf = (slot: DraftSource): SlotDraft => ({
  weekday: String(slot.weekday),
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  subjectCode: slot.subject.code,
  teacherId: slot.teacher?.id ?? '',
  room: slot.room ?? '',
});

/** The field problems the form finds itself, by field; the API checks the rest (school day, length). */
export type DraftProblems = Partial<Record<keyof SlotDraft, 'REQUIRED' | 'TIME_FORMAT' | 'ENDS_BEFORE_START'>>;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function draftProblems(d: SlotDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (!d.subjectCode) problems.subjectCode = 'REQUIRED';
  for (const field of ['startsAt', 'endsAt'] as const) {
    if (!d[field]) problems[field] = 'REQUIRED';
    else if (!HH_MM.test(d[field])) problems[field] = 'TIME_FORMAT';
  }
  if (!problems.startsAt && !problems.endsAt && d.endsAt <= d.startsAt) problems.endsAt = 'ENDS_BEFORE_START';
  return problems;
}

/** The time fields are enough to ask for clashes (the subject only picks the assigned teacher). */
export const canPreview = (p: DraftProblems) => !p.startsAt && !p.endsAt;

/** Where the draft places the slot: placeSlot's input, slotClashes' arguments. Blanks are omitted (the API's defaults). */
export function placementOf(d: SlotDraft, classId: string, term: Term, slotId: string | null) {
  return {
    classId,
    term,
    weekday: Number(d.weekday),
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    subjectCode: d.subjectCode,
    ...(d.teacherId ? { teacherId: d.teacherId } : {}),
    ...(d.room.trim() ? { room: d.room.trim() } : {}),
    ...(slotId ? { slotId } : {}),
  };
}

/** The teacher the class × subject is assigned to, the form's default when the subject is chosen. */
export function assignedTeacher(assignments: readonly { subject: { code: string }; teacher?: { id: string } | null }[], subjectCode: string): string {
  return assignments.find((a) => a.subject.code === subjectCode)?.teacher?.id ?? '';
}
