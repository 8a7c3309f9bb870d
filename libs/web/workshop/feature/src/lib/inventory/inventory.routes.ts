import type { Routes } from '@angular/router';
import {
  BikeDetailStore,
  BikeListStore,
  HoursStore,
  InspectionStore,
  PartsStore,
  WorkOrderDetailStore,
  WorkOrdersStore,
  WorkshopOverviewStore,
  WorkshopReportsStore,
  WorkshopSettingsStore,
} from '@zusammen/web/workshop/data-access';

/** Under /werkstatt: bikes, intake, inspections, work orders, parts, hours, reports, settings. */
export const INVENTORY_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'workshopInventory.overview.pageTitle',
    providers: [WorkshopOverviewStore],
    loadComponent: () =>
      import('./overview/workshop-overview-page.component').then(
        (m) => m.WorkshopOverviewPageComponent,
      ),
  },
  {
    path: 'fahrraeder',
    pathMatch: 'full',
    title: 'workshopInventory.bikes.pageTitle',
    providers: [BikeListStore],
    loadComponent: () =>
      import('./bikes/bike-list-page.component').then((m) => m.BikeListPageComponent),
  },
  {
    path: 'fahrraeder/neu',
    title: 'workshopInventory.intake.pageTitle',
    providers: [BikeDetailStore],
    loadComponent: () =>
      import('./intake/bike-intake-page.component').then((m) => m.BikeIntakePageComponent),
  },
  {
    path: 'fahrraeder/:id',
    pathMatch: 'full',
    title: 'workshopInventory.detail.pageTitle',
    providers: [BikeDetailStore],
    loadComponent: () =>
      import('./bike-detail/bike-detail-page.component').then((m) => m.BikeDetailPageComponent),
  },
  {
    path: 'fahrraeder/:id/etikett',
    title: 'workshopInventory.label.pageTitle',
    providers: [BikeDetailStore],
    loadComponent: () =>
      import('./label/bike-label-page.component').then((m) => m.BikeLabelPageComponent),
  },
  {
    path: 'fahrraeder/:id/pruefung',
    title: 'workshopInventory.inspection.pageTitle',
    providers: [InspectionStore],
    loadComponent: () =>
      import('./inspection/inspection-page.component').then((m) => m.InspectionPageComponent),
  },
  {
    path: 'auftraege',
    pathMatch: 'full',
    title: 'workshopInventory.orders.pageTitle',
    providers: [WorkOrdersStore],
    loadComponent: () =>
      import('./work-orders/work-order-list-page.component').then(
        (m) => m.WorkOrderListPageComponent,
      ),
  },
  {
    path: 'auftraege/neu',
    title: 'workshopInventory.newOrder.pageTitle',
    providers: [WorkOrdersStore, BikeDetailStore],
    loadComponent: () =>
      import('./work-orders/work-order-new-page.component').then(
        (m) => m.WorkOrderNewPageComponent,
      ),
  },
  {
    path: 'auftraege/:id',
    title: 'workshopInventory.order.pageTitle',
    providers: [WorkOrderDetailStore],
    loadComponent: () =>
      import('./work-orders/work-order-detail-page.component').then(
        (m) => m.WorkOrderDetailPageComponent,
      ),
  },
  {
    path: 'teile',
    title: 'workshopInventory.parts.pageTitle',
    providers: [PartsStore],
    loadComponent: () => import('./parts/parts-page.component').then((m) => m.PartsPageComponent),
  },
  {
    path: 'stunden',
    title: 'workshopInventory.hours.pageTitle',
    providers: [HoursStore],
    loadComponent: () => import('./hours/hours-page.component').then((m) => m.HoursPageComponent),
  },
  {
    path: 'berichte',
    title: 'workshopReports.pageTitle',
    providers: [WorkshopReportsStore],
    loadComponent: () =>
      import('../reports/workshop-reports-page.component').then(
        (m) => m.WorkshopReportsPageComponent,
      ),
  },
  {
    path: 'einstellungen',
    title: 'workshopInventory.settings.pageTitle',
    providers: [WorkshopSettingsStore],
    loadComponent: () =>
      import('./settings/workshop-settings-page.component').then(
        (m) => m.WorkshopSettingsPageComponent,
      ),
  },
];
