import { TestBed } from '@angular/core/testing';
import { SessionStore } from './session.store';

describe('SessionStore', () => {
  it('starts anonymous and offers the public navigation', () => {
    const store = TestBed.inject(SessionStore);

    expect(store.isAuthenticated()).toBe(false);
    expect(store.roles()).toEqual([]);
    expect(store.navItems().map((item) => item.id)).toEqual(['home', 'contacts']);
  });
});
