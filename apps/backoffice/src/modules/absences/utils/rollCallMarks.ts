import type { PupilState, RollCallInput } from '@massar/client';

/** A pupil's mark on the sheet being taken: present, absent or late (with the minutes late as typed, '' for unsaid). */
export interface Mark {
  state: PupilState;
  minutesLate: string;
}

export type Marks = Readonly<Record<string, Mark>>;

export const PRESENT: Mark = { state: 'PRESENT', minutesLate: '' };

/** The sheet's current marks by code Massar: everyone present on a roll call not yet taken. */
export function marksFromSheet(pupils: readonly { state: PupilState; minutesLate?: number | null; student: { codeMassar: string } }[]): Marks {
  const marks: Record<string, Mark> = {};
  for (const p of pupils) marks[p.student.codeMassar] = { state: p.state, minutesLate: p.state === 'LATE' && p.minutesLate ? String(p.minutesLate) : '' };
  return marks;
}

/** One tap on "Absent": absent, or present again when absent already. */
export const toggleAbsent = (mark: Mark): Mark => (mark.state === 'ABSENT' ? PRESENT : { state: 'ABSENT', minutesLate: '' });

/** One tap on "Late": late, or present again when late already (the minutes are kept only while late). */
export const toggleLate = (mark: Mark): Mark => (mark.state === 'LATE' ? PRESENT : { state: 'LATE', minutesLate: '' });

export interface MarkCounts {
  present: number;
  absent: number;
  late: number;
}

export function countMarks(marks: Marks): MarkCounts {
  const counts: MarkCounts = { present: 0, absent: 0, late: 0 };
  for (const mark of Object.values(marks)) {
    if (mark.state === 'ABSENT') counts.absent += 1;
    else if (mark.state === 'LATE') counts.late += 1;
    else counts.present += 1;
  }
  return counts;
}

/** A mark the sheet cannot send: minutes late that are not a whole number from 1 to less than the lesson. */
export interface MarkProblem {
  codeMassar: string;
  key: 'absences.rollCall.minutesInvalid';
}

export type RollCallDraft = { input: RollCallInput; problems: [] } | { input: null; problems: MarkProblem[] };

/** Whole minutes from 1 to less than the lesson's length; null for '' (the minutes are optional). */
function minutesOf(typed: string, lessonMinutes: number): number | null | 'invalid' {
  const text = typed.trim();
  if (text === '') return null;
  if (!/^\d{1,3}$/.test(text)) return 'invalid';
  const n = Number(text);
  return n >= 1 && n < lessonMinutes ? n : 'invalid';
}

/**
 * The recordRollCall input of the marks, in the sheet's order: the absent and the late (everyone
 * else present), each once; or the marks it cannot send.
 */
export function rollCallDraft(slotId: string, date: string, order: readonly string[], marks: Marks, lessonMinutes: number): RollCallDraft {
  const absent: RollCallInput['absent'] = [];
  const problems: MarkProblem[] = [];
  for (const codeMassar of order) {
    const mark = marks[codeMassar] ?? PRESENT;
    if (mark.state === 'PRESENT') continue;
    if (mark.state === 'ABSENT') {
      absent.push({ codeMassar, late: false });
      continue;
    }
    const minutes = minutesOf(mark.minutesLate, lessonMinutes);
    if (minutes === 'invalid') problems.push({ codeMassar, key: 'absences.rollCall.minutesInvalid' });
    else absent.push(minutes === null ? { codeMassar, late: true } : { codeMassar, late: true, minutesLate: minutes });
  }
  return problems.length ? { input: null, problems } : { input: { slotId, date, absent }, problems: [] };
}

/** Whether the marks differ from those the sheet was read with (what Save would change). */
export function marksChanged(marks: Marks, saved: Marks): boolean {
  const codes = new Set([...Object.keys(marks), ...Object.keys(saved)]);
  for (const code of codes) {
    const a = marks[code] ?? PRESENT;
    const b = saved[code] ?? PRESENT;
    if (a.state !== b.state || (a.state === 'LATE' && a.minutesLate.trim() !== b.minutesLate.trim())) return true;
  }
  return false;
}
