import { Kind, parse, print, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ME } from '../../operations/me';
import { ME_QUERY } from '../sessionStore';

/** What the Apollo cache does to a document it sends: `__typename` in every object's selection. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      const isOperation = parent !== undefined && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      if (isOperation || node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

describe('the session probe', () => {
  it('asks the me query of operations/me.ts, with the type names the Apollo cache needs', () => {
    expect(print(parse(ME_QUERY))).toBe(print(withTypenames(ME)));
  });
});
