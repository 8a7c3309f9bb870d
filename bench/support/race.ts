/**
 * A race for one thing (one room slot, one bike): `contenders` requests at once, each answering an HTTP status.
 * Exactly one may win (201); every other must be refused with 409, never a 5xx or a second winner.
 */
export interface RaceResult {
  winners: number;
  refused: number;
  /** Statuses other than 201 and 409. */
  other: number[];
}

export async function raceForOne(
  contenders: number,
  attempt: (index: number) => Promise<number>,
): Promise<RaceResult> {
  const statuses = await Promise.all(Array.from({ length: contenders }, (_, i) => attempt(i)));
  return {
    winners: statuses.filter((status) => status === 201).length,
    refused: statuses.filter((status) => status === 409).length,
    other: statuses.filter((status) => status !== 201 && status !== 409),
  };
}
