/** Roles whose school requests, decides (within a province) and cancels transfers (the API's REGISTRY_WRITE). */
export const SCHOOL_TRANSFER_ROLES: ReadonlySet<string> = new Set(['DIRECTOR', 'STAFF']);

/** Directorates and academies: they decide the transfers between provinces or academies of their territory. */
export const TERRITORY_TRANSFER_ROLES: ReadonlySet<string> = new Set(['PROVINCE', 'REGION']);

export const isTransferRole = (role: string) => SCHOOL_TRANSFER_ROLES.has(role) || TERRITORY_TRANSFER_ROLES.has(role);
