import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput } from '../errors.js';

/** Relay's Node: every object with an identity answers node(id:) by its global id. */
@InterfaceType({ description: 'An object with a global id, fetchable with node(id:).' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global id, opaque to clients.' })
  globalId: string;
}

export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: number } {
  const [type, raw] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (!type || !Number.isSafeInteger(id) || id <= 0) throw badInput(field, 'INVALID_ID', 'This id is not valid');
  return { type, id };
}

/** The id of a given type, or BAD_USER_INPUT naming the field. */
export function idOf(globalId: string, type: string, field: string): number {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, 'INVALID_ID', `This id is not a ${type} id`);
  return parsed.id;
}
