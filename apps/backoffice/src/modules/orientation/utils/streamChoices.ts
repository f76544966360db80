import type { Decision } from '@massar/client';
import { NEXT_LEVEL } from '../constants/Orientation';

export interface StreamOption {
  code: string;
  nameFr: string;
  nameAr: string;
}

export interface LevelWithStreams {
  code: string;
  streams: readonly StreamOption[];
}

/**
 * The streams a decision may name, by the API's rule: PROMOTED one of the next level's (optional),
 * REORIENTED one of the next level's or another of the pupil's own level (required), none otherwise.
 */
export function streamChoices(decision: Decision | null, levelCode: string, ownStreamCode: string | null, levels: readonly LevelWithStreams[]): StreamOption[] {
  if (decision !== 'PROMOTED' && decision !== 'REORIENTED') return [];
  const next = levels.find((l) => l.code === NEXT_LEVEL[levelCode])?.streams ?? [];
  if (decision === 'PROMOTED') return [...next];
  const own = (levels.find((l) => l.code === levelCode)?.streams ?? []).filter((s) => s.code !== ownStreamCode);
  return [...next, ...own];
}

/** Whether the council's worksheet needs a stream column at all (a streamed level next year, or streams at this one). */
export function hasStreamChoice(levelCode: string, levels: readonly LevelWithStreams[]): boolean {
  return streamChoices('REORIENTED', levelCode, null, levels).length > 0;
}

/** The stream kept with a decision: dropped when the decision names none. */
export const streamFor = (decision: Decision | null, streamCode: string | null) => (decision === 'PROMOTED' || decision === 'REORIENTED' ? streamCode : null);
