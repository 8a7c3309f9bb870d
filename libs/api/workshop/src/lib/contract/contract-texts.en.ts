import type { ContractTexts } from './contract-texts';

export const EN_CONTRACT_TEXTS: ContractTexts = {
  title: { miete: 'Bicycle rental agreement', leihe: 'Bicycle loan agreement' },
  parties: {
    miete:
      'between the Town of Borken, bike workshop “Zusammenleben in Borken” (the lessor), and {borrower} (the renter).',
    leihe:
      'between the Town of Borken, bike workshop “Zusammenleben in Borken” (the lender), and {borrower} (the borrower).',
  },
  clauses: {
    subject: {
      miete:
        'The lessor lets the renter use the bicycle and accessories named above for the fee named above (rental agreement, sections 535 ff. of the German Civil Code, BGB).',
      leihe:
        'The lender lets the borrower use the bicycle and accessories named above free of charge (loan agreement, sections 598 ff. BGB).',
    },
    roadworthy:
      'The bicycle was found roadworthy in the safety inspection of {inspectedOn} (valid until {validUntil}). The user confirms that they received the bicycle in a roadworthy condition and were instructed in its safe use.',
    use: 'The bicycle may only be used in line with the German road traffic regulations (StVO). It must not be passed on, sublet or lent to anyone else.',
    lock: 'Whenever the bicycle is parked, it must be locked to a fixed object with the lock.',
    report:
      'Defects, accidents and theft must be reported to the bike workshop at once. A theft must also be reported to the police at once.',
    return:
      'The bicycle and its accessories must be returned to the bike workshop on {dueOn} at the latest. An extension is only possible by agreement with the bike workshop.',
    deposit:
      'A deposit is refunded after the return. It may be set off against claims for damage to or loss of the bicycle or its accessories.',
    limitation: {
      miete:
        'Claims for changes to or deterioration of the bicycle expire six months after its return (section 548 BGB).',
      leihe:
        'Claims for changes to or deterioration of the bicycle expire six months after its return (section 606 BGB).',
    },
    liability: {
      miete:
        'Liability for injury to life, body or health and for damage caused intentionally or by gross negligence is neither excluded nor limited (section 309 no. 7 BGB).',
      leihe:
        'The lender is only liable for intent and gross negligence (section 599 BGB). Liability for injury to life, body or health is neither excluded nor limited (section 309 no. 7 BGB).',
    },
  },
  translationNote: 'Translation — the German text is binding.',
  detailsAbove: 'The bicycle, dates and amounts are listed in the German part above.',
  signatures: 'Signatures',
  borrowerSignature: { miete: 'Renter', leihe: 'Borrower' },
  deskSignature: 'For the bike workshop',
  signedOnScreen: 'Signed on screen on {date}.',
};
