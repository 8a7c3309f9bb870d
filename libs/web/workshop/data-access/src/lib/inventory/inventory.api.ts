import type { HttpParams } from '@angular/common/http';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BikeDetail,
  BikeIntakeRequest,
  BikeSummary,
  BikeTransitionRequest,
  BikeUpdateRequest,
  InspectionRequest,
  InspectionTemplateView,
  InspectionView,
  Page,
  PartUseRequest,
  PhotoUploadRequest,
  SparePartRequest,
  SparePartView,
  StockMovementRequest,
  StockMovementView,
  TimeEntryRequest,
  TimeEntryView,
  WorkOrderCreateRequest,
  WorkOrderDetail,
  WorkOrderStatus,
  WorkOrderSummary,
  WorkOrderUpdateRequest,
  WorkshopPhotoView,
  WorkshopReport,
  WorkshopSettingsRequest,
  WorkshopSettingsView,
  WorkshopWorkerRequest,
  WorkshopWorkerView,
} from '@zusammen/shared/contracts';
import { WORKSHOP_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { BikeFilter } from './bike-filter';
import { bikeQueryOf } from './bike-filter';

const id = (value: string): string => encodeURIComponent(value);
const R = WORKSHOP_ROUTES;

/** URLs of the inventory and repair pages (WORKSHOP_ROUTES and the paths below them). */
export const INVENTORY_API = {
  bike: (bikeId: string) => `${R.bikes}/${id(bikeId)}`,
  bikeByNumber: (no: number) => `${R.bikes}/by-number/${no}`,
  transition: (bikeId: string) => `${R.bikes}/${id(bikeId)}/transition`,
  label: (bikeId: string) => `${R.bikes}/${id(bikeId)}/label.svg`,
  photos: (bikeId: string) => `${R.bikes}/${id(bikeId)}/photos`,
  inspections: (bikeId: string) => `${R.bikes}/${id(bikeId)}/inspections`,
  workOrder: (orderId: string) => `${R.workOrders}/${id(orderId)}`,
  part: (partId: string) => `${R.parts}/${id(partId)}`,
  movements: (partId: string) => `${R.parts}/${id(partId)}/movements`,
  worker: (workerId: string) => `${R.workers}/${id(workerId)}`,
  approve: (entryId: string) => `${R.timeEntries}/${id(entryId)}/approve`,
  reportCsv: (from: string, to: string) => `${R.reports}/report.csv?from=${id(from)}&to=${id(to)}`,
  hoursCsv: (month: string) => `${R.reports}/hours.csv?month=${id(month)}`,
} as const;

/** Bikes, inspections, work orders, parts, workers, hours, settings and reports, as promises. */
@Injectable({ providedIn: 'root' })
export class InventoryApi {
  private readonly http = inject(HttpClient);

  private get<T>(url: string, params?: HttpParams | Record<string, string>): Promise<T> {
    return firstValueFrom(this.http.get<T>(url, params ? { params } : {}));
  }

  private post<T>(url: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.post<T>(url, body));
  }

  private patch<T>(url: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.patch<T>(url, body));
  }

  bikes(filter: BikeFilter, cursor?: string | null): Promise<Page<BikeSummary>> {
    const params = bikeQueryOf(filter);
    if (cursor) params['cursor'] = cursor;
    return this.get(R.bikes, params);
  }

  bike(bikeId: string): Promise<BikeDetail> {
    return this.get(INVENTORY_API.bike(bikeId));
  }

  bikeByNumber(no: number): Promise<BikeDetail> {
    return this.get(INVENTORY_API.bikeByNumber(no));
  }

  intake(request: BikeIntakeRequest): Promise<BikeDetail> {
    return this.post(R.bikes, request);
  }

  updateBike(bikeId: string, request: BikeUpdateRequest): Promise<BikeDetail> {
    return this.patch(INVENTORY_API.bike(bikeId), request);
  }

  transition(bikeId: string, request: BikeTransitionRequest): Promise<BikeDetail> {
    return this.post(INVENTORY_API.transition(bikeId), request);
  }

  uploadPhoto(bikeId: string, request: PhotoUploadRequest): Promise<WorkshopPhotoView> {
    return this.post(INVENTORY_API.photos(bikeId), request);
  }

  template(): Promise<InspectionTemplateView> {
    return this.get(R.inspectionTemplate);
  }

  inspect(bikeId: string, request: InspectionRequest): Promise<InspectionView> {
    return this.post(INVENTORY_API.inspections(bikeId), request);
  }

  workOrders(query: { status?: WorkOrderStatus; bikeId?: string }): Promise<WorkOrderSummary[]> {
    const params: Record<string, string> = {};
    if (query.status) params['status'] = query.status;
    if (query.bikeId) params['bikeId'] = query.bikeId;
    return this.get(R.workOrders, params);
  }

  workOrder(orderId: string): Promise<WorkOrderDetail> {
    return this.get(INVENTORY_API.workOrder(orderId));
  }

  createWorkOrder(request: WorkOrderCreateRequest): Promise<WorkOrderDetail> {
    return this.post(R.workOrders, request);
  }

  updateWorkOrder(orderId: string, request: WorkOrderUpdateRequest): Promise<WorkOrderDetail> {
    return this.patch(INVENTORY_API.workOrder(orderId), request);
  }

  useParts(orderId: string, request: PartUseRequest): Promise<WorkOrderDetail> {
    return this.post(`${INVENTORY_API.workOrder(orderId)}/parts`, request);
  }

  logTime(orderId: string, request: TimeEntryRequest): Promise<unknown> {
    return this.post(`${INVENTORY_API.workOrder(orderId)}/time`, request);
  }

  parts(): Promise<SparePartView[]> {
    return this.get(R.parts);
  }

  createPart(request: SparePartRequest): Promise<SparePartView> {
    return this.post(R.parts, request);
  }

  updatePart(partId: string, request: Partial<SparePartRequest>): Promise<SparePartView> {
    return this.patch(INVENTORY_API.part(partId), request);
  }

  movements(partId: string): Promise<StockMovementView[]> {
    return this.get(INVENTORY_API.movements(partId));
  }

  addMovement(partId: string, request: StockMovementRequest): Promise<SparePartView> {
    return this.post(INVENTORY_API.movements(partId), request);
  }

  workers(): Promise<WorkshopWorkerView[]> {
    return this.get(R.workers);
  }

  createWorker(request: WorkshopWorkerRequest): Promise<WorkshopWorkerView> {
    return this.post(R.workers, request);
  }

  updateWorker(
    workerId: string,
    request: Partial<WorkshopWorkerRequest>,
  ): Promise<WorkshopWorkerView> {
    return this.patch(INVENTORY_API.worker(workerId), request);
  }

  timeEntries(month: string, workerId?: string): Promise<TimeEntryView[]> {
    const params: Record<string, string> = { month };
    if (workerId) params['workerId'] = workerId;
    return this.get(R.timeEntries, params);
  }

  approve(entryId: string): Promise<unknown> {
    return this.post(INVENTORY_API.approve(entryId), {});
  }

  settings(): Promise<WorkshopSettingsView> {
    return this.get(R.settings);
  }

  saveSettings(request: WorkshopSettingsRequest): Promise<WorkshopSettingsView> {
    return firstValueFrom(this.http.put<WorkshopSettingsView>(R.settings, request));
  }

  report(from: string, to: string): Promise<WorkshopReport> {
    return this.get(R.reports, { from, to });
  }
}
