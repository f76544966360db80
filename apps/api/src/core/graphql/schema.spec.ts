import { Authorized, buildSchema, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Public } from './public.js';
import { unguardedFields } from './schema.js';

// A schema of its own (one: type-graphql's metadata is global): what an anonymous caller can
// reach decides which field resolvers need a login check of their own.
@ObjectType()
class ProbeHidden {
  @Field(() => String) value: string;
}

@ObjectType()
class ProbeLeaked {
  @Field(() => String) value: string;
}

@ObjectType()
class ProbeViewer {
  @Field(() => String) name: string;
}

@ObjectType()
class ProbeOpen {
  @Field(() => String) name: string;
}

@Resolver(() => ProbeViewer)
class ProbeRoots {
  @Public()
  @Query(() => ProbeViewer, { nullable: true })
  probeMe(): ProbeViewer | null {
    return null;
  }

  @Public()
  @Query(() => ProbeOpen)
  probeOpen(): ProbeOpen {
    return { name: 'open' };
  }

  @Authorized()
  @FieldResolver(() => ProbeHidden)
  hidden(): ProbeHidden {
    return { value: 'behind a login check' };
  }
}

@Resolver(() => ProbeOpen)
class ProbeOpenFields {
  @FieldResolver(() => ProbeLeaked)
  leaked(): ProbeLeaked {
    return { value: 'anyone' };
  }
}

@Resolver(() => ProbeHidden)
class ProbeHiddenFields {
  @FieldResolver(() => String)
  detail(): string {
    return 'per row, for logged-in callers only';
  }
}

@Resolver(() => ProbeLeaked)
class ProbeLeakedFields {
  @FieldResolver(() => String)
  detail(): string {
    return 'per row, for anyone';
  }
}

describe('unguardedFields', () => {
  it('reports the field resolvers an anonymous caller can reach, not those met only past a login check', async () => {
    const schema = await buildSchema({ resolvers: [ProbeRoots, ProbeOpenFields, ProbeHiddenFields, ProbeLeakedFields], authChecker: () => true });
    expect(unguardedFields(schema).sort()).toEqual(['ProbeLeakedFields.detail', 'ProbeOpenFields.leaked']);
  });
});
