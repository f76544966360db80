/** Who is logged in, as the kit shows them: a name, a role (a `roles.*` message) and a named scope. */
export interface ViewerIdentity {
  displayName: string;
  role: string;
  scope: { nameFr: string; nameAr: string };
}
