import type { Routes } from '@angular/router';

/** Under /werkstatt: bikes, intake, inspections, work orders, parts, hours, reports, settings. */
export const INVENTORY_ROUTES: Routes = [];
