import type { Routes } from '@angular/router';
import { COUNTER_ROUTES } from './counter/counter.routes';
import { INVENTORY_ROUTES } from './inventory/inventory.routes';

/** Everything under /werkstatt (roles workshop, staff, admin). */
export const WORKSHOP_ROUTES: Routes = [...INVENTORY_ROUTES, ...COUNTER_ROUTES];
