/** Entities of families, members and consent (helper C fills this in). */
export const FAMILY_ENTITIES = [] as const;
