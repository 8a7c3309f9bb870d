import type { EnvironmentProviders } from '@angular/core';
import { inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Asks the API for the session as the app starts, without holding back the first render: the
 * header shows no sign-in state until the answer is in, and guards wait for it.
 */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      void inject(SessionStore).load();
    }),
  ]);
}
