// Root fields open to anonymous callers. Everything else needs @Authorized: deny by default.
const publicFields = new Set<string>();

/** Marks a Query/Mutation method as reachable without a session (login, logout). */
export function Public(): MethodDecorator {
  return (_target, propertyKey) => {
    publicFields.add(String(propertyKey));
  };
}

export const isPublicField = (name: string) => publicFields.has(name);
