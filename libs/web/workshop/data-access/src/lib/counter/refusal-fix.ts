import type { HandoutRefusal } from '@zusammen/shared/contracts';
import { HANDOUT_REFUSALS } from '@zusammen/shared/contracts';

/** Where a refusal is fixed: a section of the person page, or the bike's pages (inventory). */
export type RefusalFixPlace =
  'eligibility' | 'briefing' | 'block' | 'rentals' | 'inspection' | 'bike';

/** One refusal of the handout gate as the desk shows it: the sentence, and a link to where it is fixed. */
export interface RefusalFix {
  refusal: HandoutRefusal;
  /** `workshopEnum.handoutRefusal.<CODE>`: what is wrong and what to do. */
  messageKey: string;
  place: RefusalFixPlace;
  /** `workshopCounter.fix.<place>`: the words of the link. */
  linkKey: string;
  /** Router link and fragment of the place. */
  link: string;
  fragment: string | null;
}

const PLACE: Readonly<Record<HandoutRefusal, RefusalFixPlace>> = {
  BIKE_NOT_AVAILABLE: 'bike',
  INSPECTION_MISSING: 'inspection',
  INSPECTION_EXPIRED: 'inspection',
  ELIGIBILITY_MISSING: 'eligibility',
  ELIGIBILITY_EXPIRED: 'eligibility',
  BRIEFING_MISSING: 'briefing',
  BORROWER_BLOCKED: 'block',
  RENTAL_LIMIT_REACHED: 'rentals',
};

export function isHandoutRefusal(value: unknown): value is HandoutRefusal {
  return typeof value === 'string' && (HANDOUT_REFUSALS as readonly string[]).includes(value);
}

/**
 * The refusals in a fixed order (the bike's first, then the person's, as HANDOUT_REFUSALS lists them),
 * without duplicates or unknown codes, each with the link to fix it.
 */
export function refusalFixes(
  refusals: readonly string[],
  ids: { bikeId: string; borrowerId: string },
): RefusalFix[] {
  const known = new Set(refusals.filter(isHandoutRefusal));
  return HANDOUT_REFUSALS.filter((refusal) => known.has(refusal)).map((refusal) => {
    const place = PLACE[refusal];
    const person = `/werkstatt/personen/${encodeURIComponent(ids.borrowerId)}`;
    const bike = `/werkstatt/fahrraeder/${encodeURIComponent(ids.bikeId)}`;
    return {
      refusal,
      messageKey: `workshopEnum.handoutRefusal.${refusal}`,
      place,
      linkKey: `workshopCounter.fix.${place}`,
      link: place === 'inspection' ? `${bike}/pruefung` : place === 'bike' ? bike : person,
      fragment: place === 'inspection' || place === 'bike' ? null : place,
    };
  });
}
