/** Entities of volunteers, vetting and the certificate ledger (helper B fills this in). */
export const VOLUNTEER_ENTITIES = [] as const;
