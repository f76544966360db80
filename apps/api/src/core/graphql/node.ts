import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput, CoreErrorReason } from '../errors.js';

/** Relay's Node: every object with an identity answers node(id:) by its global id. */
@InterfaceType({ description: 'An object with a global id, fetchable with node(id:).' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global id, opaque to clients.' })
  globalId: string;
}

/** The largest id of an integer (int4) column; smallint tables pass their own bound. */
export const MAX_ID = 2_147_483_647;
export const MAX_SMALL_ID = 32_767;

export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

// `Type:digits` and nothing else: no sign, no exponent, no leading zero, no trailing text.
const GLOBAL_ID = /^([A-Za-z_][A-Za-z0-9_]*):([1-9][0-9]{0,9})$/;

/**
 * The type and id of a global id, or BAD_USER_INPUT naming the field. An id past `max` could
 * never exist and would overflow the column in SQL: it is refused here.
 */
export function fromGlobalId(globalId: string, field = 'id', max = MAX_ID): { type: string; id: number } {
  const match = GLOBAL_ID.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  const id = Number(match?.[2]);
  if (!match || id > max) throw badInput(field, CoreErrorReason.INVALID_ID, 'This id is not valid');
  return { type: match[1], id };
}

/** The id of a given type, or BAD_USER_INPUT naming the field. */
export function idOf(globalId: string, type: string, field: string, max = MAX_ID): number {
  const parsed = fromGlobalId(globalId, field, max);
  if (parsed.type !== type) throw badInput(field, CoreErrorReason.INVALID_ID, `This id is not a ${type} id`);
  return parsed.id;
}
