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

/** A room named by a number alone ("12") reads "salle 12"; a named one ("Labo SVT") as it is. */
export const roomWords = (room: string, numbered: (room: string) => string) => (/^\d+$/.test(room.trim()) ? numbered(room.trim()) : room.trim());

/**
 * The full name of a slot's button or link, e.g. "Mathématiques, 1AC-1, lundi 08:00–09:00,
 * salle 12": a keyboard or screen-reader user hears the lesson whole, without the grid around it.
 */
export function slotName(p: SlotNameParts, separator = ', '): string {
  return [p.subject, p.className, `${p.day} ${p.startsAt}–${p.endsAt}`, p.room, ...(p.extra ?? [])].filter((x): x is string => !!x).join(separator);
}
