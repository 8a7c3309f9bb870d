import type { Routes } from '@angular/router';

/** Under /werkstatt: the rental desk (Ausgabe), borrowers, rentals and call list, damage cases, waiting list. */
export const COUNTER_ROUTES: Routes = [];

/** Under /mein-fahrrad (resident): own rentals, due dates, waiting list. */
export const MY_BIKE_ROUTES: Routes = [];
