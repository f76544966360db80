// Fields open to anonymous callers, by resolver class and method. Everything else needs
// @Authorized: deny by default.
const publicFields = new Set<string>();

const key = (className: string, method: string) => `${className}.${method}`;

/** Marks one resolver method (a query, mutation or field) as reachable without a session (login, logout, me). */
export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicFields.add(key(target.constructor.name, String(propertyKey)));
  };
}

export const isPublicField = (className: string, method: string) => publicFields.has(key(className, method));
