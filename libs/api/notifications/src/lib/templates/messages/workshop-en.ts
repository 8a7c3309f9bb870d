import type { WorkshopMessages } from './workshop-de';

export const EN_WORKSHOP_MESSAGES: WorkshopMessages = {
  'bike-common.cycleType.city': 'city bike',
  'bike-common.cycleType.trekking': 'trekking bike',
  'bike-common.cycleType.mtb': 'mountain bike',
  'bike-common.cycleType.children': "children's bike",
  'bike-common.cycleType.cargo': 'cargo bike',
  'bike-common.cycleType.tricycle': 'tricycle',
  'bike-common.myBike': 'View my bike',

  'bike-rental-reminder.due_soon.subject':
    'Reminder: please bring back bike {inventoryNo} by {dueOn, date, long}',
  'bike-rental-reminder.due_soon.heading': 'Your rental ends soon',
  'bike-rental-reminder.due_soon.intro':
    'Your rental of bike {inventoryNo} ends on {dueOn, date, full}. Please bring the bike back to the bike workshop by then.',
  'bike-rental-reminder.overdue.subject': 'Bike {inventoryNo} is overdue',
  'bike-rental-reminder.overdue.heading': 'Please bring the bike back',
  'bike-rental-reminder.overdue.intro':
    'Your rental of bike {inventoryNo} ended on {dueOn, date, long}. Please bring the bike back to the bike workshop as soon as you can.',
  'bike-rental-reminder.overdue_again.subject':
    'Second reminder: bike {inventoryNo} has not been returned',
  'bike-rental-reminder.overdue_again.heading': 'Second reminder: please bring the bike back',
  'bike-rental-reminder.overdue_again.intro':
    'Your rental of bike {inventoryNo} ended on {dueOn, date, long}. The bike has not been returned yet. Please bring it back now. Other people are waiting for a bike.',
  'bike-rental-reminder.extend':
    'Do you need the bike for longer? Talk to the bike workshop. We may be able to extend your rental.',
  'bike-rental-reminder.problem':
    'Is the bike broken, did you have an accident or was it stolen? Then please tell us at once.',

  'bike-rental-escalation.call.subject':
    'Please call: bike {inventoryNo} {days, plural, one {# day} other {# days}} overdue',
  'bike-rental-escalation.call.heading': 'Please phone the borrower',
  'bike-rental-escalation.call.next':
    'The borrower has not reacted to the reminders or has no account. Please phone them and record the outcome on the rental. They are on the call list.',
  'bike-rental-escalation.write_off.subject':
    'Decision needed: bike {inventoryNo} {days, plural, one {# day} other {# days}} overdue',
  'bike-rental-escalation.write_off.heading': 'Please decide about the rental',
  'bike-rental-escalation.write_off.next':
    'Please decide now: write the bike off as lost, or record an incident (for example a theft reported to the police)?',
  'bike-rental-escalation.intro':
    'Bike {inventoryNo} was due back on {dueOn, date, long}. It has been overdue for {days, plural, one {# day} other {# days}}.',
  'bike-rental-escalation.action': 'View overdue rentals',

  'bike-inspection-expiring.subject': 'Bike {inventoryNo} needs its safety check soon',
  'bike-inspection-expiring.heading': 'The safety check runs out soon',
  'bike-inspection-expiring.intro':
    'The safety check of your bike {inventoryNo} is valid until {validUntil, date, long}.',
  'bike-inspection-expiring.next':
    'Please bring the bike to the bike workshop for a moment before then. We check the brakes, lights, bell and tyres free of charge, so you can keep riding safely.',

  'bike-offer.subject': 'A bike is reserved for you',
  'bike-offer.heading': 'A suitable bike is available',
  'bike-offer.intro':
    'good news: a suitable bike has become available. You were on the waiting list and it is your turn now.',
  'bike-offer.bike': 'Bike: {inventoryNo} ({cycleType})',
  'bike-offer.expires':
    'We are keeping the bike for you until {expiresAt, date, full}, {expiresAt, time, short}.',
  'bike-offer.next':
    'Please collect the bike from the bike workshop by then. Bring your ID. Otherwise the next person on the waiting list gets the bike.',

  'bike-eligibility-expiring.subject':
    'Your eligibility for the bike rental ends on {validUntil, date, long}',
  'bike-eligibility-expiring.heading': 'Please show us a current benefit notice',
  'bike-eligibility-expiring.intro':
    'Your eligibility for the bike rental is recorded until {validUntil, date, long}.',
  'bike-eligibility-expiring.next':
    'Please show your current benefit notice (asylum seekers’ benefits, Bürgergeld or social assistance) at the bike workshop before then. We only look at it and make no copy.',
  'bike-eligibility-expiring.consequence':
    'Without valid eligibility you cannot rent a new bike or extend a rental after that date. A bike you already have stays with you until the agreed return date.',

  'workshop-low-stock.subject': 'Spare part running low: {partName}',
  'workshop-low-stock.heading': 'A spare part is running low',
  'workshop-low-stock.intro':
    '{onHand, plural, =0 {There are no} one {There is only # piece of} other {There are only # pieces of}} the spare part “{partName}” (item number {sku}) left. The minimum stock is {reorderLevel}.',
  'workshop-low-stock.next': 'Please reorder or ask for donations.',
  'workshop-low-stock.action': 'View spare parts',

  'damage-claim-deadline.subject':
    'Damage to bike {inventoryNo}: deadline ends on {claimDeadline, date, long}',
  'damage-claim-deadline.heading': 'The deadline for damage claims is running out',
  'damage-claim-deadline.intro':
    'The damage to bike {inventoryNo} has not been decided yet. Claims for damages expire on {claimDeadline, date, long}, six months after the return (§ 548 BGB).',
  'damage-claim-deadline.four_months': 'About two months are left.',
  'damage-claim-deadline.five_months': 'Only about one month is left.',
  'damage-claim-deadline.next':
    'Please decide about the damage before then: no charge, repair, invoice, or offset against the deposit. After the deadline the workshop can no longer claim anything.',
  'damage-claim-deadline.action': 'View damage cases',
};
