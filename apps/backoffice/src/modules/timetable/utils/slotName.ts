/** What a slot's accessible name says, each part already in the reader's language. */
export interface SlotNameParts {
  subject: string;
  className: string;
  day: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  /** Another part when the view needs it (the teacher, the school). */
  extra?: (string | null | undefined)[];
}

/** A piece of a slot's text: shown on its own line, or only heard (the name's separators, its class and day). */
export interface Segment {
  text: string;
  shown: boolean;
}

/** A room named by a number alone ("12") reads "salle 12"; a named one ("Labo SVT") as it is. */
export const roomWords = (room: string, numbered: (room: string) => string) => (/^\d+$/.test(room.trim()) ? numbered(room.trim()) : room.trim());

/**
 * A slot's text as segments whose concatenation is its full name, e.g. "Mathématiques, 1AC-1,
 * lundi 08:00–09:00, salle 12": the grid shows the subject, times, room (and the class when the
 * view spans classes), the rest is heard only. The visible words are then part of the name, in
 * the same order, as a voice-control user says them (WCAG 2.5.3).
 */
export function slotSegments(p: SlotNameParts, separator = ', ', showClass = false): Segment[] {
  const segments: Segment[] = [{ text: p.subject, shown: true }, { text: separator, shown: false }, { text: p.className, shown: showClass }];
  segments.push({ text: `${separator}${p.day} `, shown: false }, { text: `${p.startsAt}–${p.endsAt}`, shown: true });
  for (const part of [p.room, ...(p.extra ?? [])]) if (part) segments.push({ text: separator, shown: false }, { text: part, shown: true });
  // Neighbouring heard-only pieces read as one.
  return segments.reduce<Segment[]>((out, s) => {
    const last = out.at(-1);
    if (last && !last.shown && !s.shown) last.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
}

/** The full name of a slot (its segments read together). */
export const slotName = (p: SlotNameParts, separator = ', ') => slotSegments(p, separator).map((s) => s.text).join('');

/** The shown segments one per line, each with the heard-only text after it (and before it, for the first). */
export function linesOf(segments: Segment[]): { before: string; shown: string; after: string }[] {
  const lines: { before: string; shown: string; after: string }[] = [];
  let before = '';
  for (const s of segments) {
    const last = lines.at(-1);
    if (s.shown) lines.push({ before: lines.length ? '' : before, shown: s.text, after: '' });
    else if (last) last.after += s.text;
    else before += s.text;
  }
  return lines;
}
