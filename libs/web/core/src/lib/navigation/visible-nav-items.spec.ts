import type { NavItem } from './nav-item';
import { NAV_ITEMS } from './nav-items';
import { visibleNavItems } from './visible-nav-items';

const ITEMS: readonly NavItem[] = [
  { id: 'home', route: '/', labelKey: 'nav.home', audience: 'public', exact: true },
  {
    id: 'sponsorships',
    route: '/patenschaften',
    labelKey: 'nav.sponsorships',
    audience: ['volunteer', 'staff'],
  },
  { id: 'rooms', route: '/raeume', labelKey: 'nav.rooms', audience: ['organizer', 'staff'] },
  { id: 'workshop', route: '/werkstatt', labelKey: 'nav.workshop', audience: ['workshop'] },
  { id: 'contacts', route: '/kontakt', labelKey: 'nav.contacts', audience: 'public' },
];

const ids = (items: readonly NavItem[]): string[] => items.map((item) => item.id);

describe('visibleNavItems', () => {
  it('shows an anonymous visitor only the public items', () => {
    expect(ids(visibleNavItems(ITEMS, []))).toEqual(['home', 'contacts']);
  });

  it('shows a volunteer the public items and the sponsorship area', () => {
    expect(ids(visibleNavItems(ITEMS, ['volunteer']))).toEqual([
      'home',
      'sponsorships',
      'contacts',
    ]);
  });

  it('shows staff every item granted to staff, once each, in configured order', () => {
    expect(ids(visibleNavItems(ITEMS, ['staff', 'volunteer']))).toEqual([
      'home',
      'sponsorships',
      'rooms',
      'contacts',
    ]);
  });

  it('combines the items of several roles', () => {
    expect(ids(visibleNavItems(ITEMS, ['organizer', 'workshop']))).toEqual([
      'home',
      'rooms',
      'workshop',
      'contacts',
    ]);
  });

  it('gives an admin nothing that no role of theirs grants', () => {
    expect(ids(visibleNavItems(ITEMS, ['admin']))).toEqual(['home', 'contacts']);
  });

  it('keeps the shipped navigation free of duplicate ids and routes', () => {
    expect(new Set(ids(NAV_ITEMS)).size).toBe(NAV_ITEMS.length);
    expect(new Set(NAV_ITEMS.map((item) => item.route)).size).toBe(NAV_ITEMS.length);
  });
});

describe('NAV_ITEMS', () => {
  it('offers the notification administration to staff and admins only', () => {
    expect(ids(visibleNavItems(NAV_ITEMS, ['staff']))).toContain('staff-notifications');
    expect(ids(visibleNavItems(NAV_ITEMS, ['admin']))).toContain('staff-notifications');
    expect(ids(visibleNavItems(NAV_ITEMS, ['resident', 'volunteer']))).not.toContain(
      'staff-notifications',
    );
    expect(ids(visibleNavItems(NAV_ITEMS, []))).not.toContain('staff-notifications');
  });
});
