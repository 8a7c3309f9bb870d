import { ROLES } from '@zusammen/shared/contracts';
import type { NavItem } from './nav-item';

/**
 * The main navigation. Features add their items here with the roles that may see them
 * (e.g. `{ id: 'rooms', route: '/raeume', labelKey: 'nav.rooms', audience: ['organizer', 'staff'] }`)
 * once their routes exist, so that no visible link ever leads nowhere.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', route: '/', labelKey: 'nav.home', audience: 'public', exact: true },
  { id: 'programme', route: '/programm', labelKey: 'nav.programme', audience: 'public' },
  {
    id: 'my-dates',
    route: '/meine-termine',
    labelKey: 'nav.myDates',
    audience: ROLES,
  },
  {
    id: 'staff-notifications',
    route: '/verwaltung/benachrichtigungen',
    labelKey: 'nav.staffNotifications',
    audience: ['staff', 'admin'],
  },
  {
    id: 'my-sponsorship',
    route: '/patenschaft',
    labelKey: 'nav.mySponsorship',
    audience: ['volunteer'],
  },
  {
    id: 'sponsorship-staff',
    route: '/verwaltung/patenschaften',
    labelKey: 'nav.sponsorshipStaff',
    audience: ['staff', 'admin'],
  },
  {
    id: 'rooms',
    route: '/raeume',
    labelKey: 'nav.rooms',
    audience: ['organizer', 'staff', 'admin'],
  },
  {
    id: 'organizer-events',
    route: '/raeume/veranstaltungen',
    labelKey: 'nav.organizerEvents',
    audience: ['organizer', 'staff', 'admin'],
  },
  {
    id: 'rooms-staff',
    route: '/verwaltung/raeume',
    labelKey: 'nav.roomsStaff',
    audience: ['staff', 'admin'],
  },
  {
    id: 'desk-residents',
    route: '/verwaltung/schalter',
    labelKey: 'nav.deskResidents',
    audience: ['staff', 'admin'],
  },
  {
    id: 'workshop',
    route: '/werkstatt',
    labelKey: 'nav.workshop',
    audience: ['workshop', 'staff', 'admin'],
    exact: true,
  },
  {
    id: 'workshop-counter',
    route: '/werkstatt/ausgabe',
    labelKey: 'nav.workshopCounter',
    audience: ['workshop'],
  },
  {
    id: 'my-bike',
    route: '/mein-fahrrad',
    labelKey: 'nav.myBike',
    audience: ['resident'],
  },
  {
    id: 'admin-users',
    route: '/verwaltung/benutzer',
    labelKey: 'nav.adminUsers',
    audience: ['admin'],
  },
  {
    id: 'audit-log',
    route: '/verwaltung/protokoll',
    labelKey: 'nav.auditLog',
    audience: ['staff', 'admin'],
  },
  { id: 'contacts', route: '/kontakt', labelKey: 'nav.contacts', audience: 'public' },
];
