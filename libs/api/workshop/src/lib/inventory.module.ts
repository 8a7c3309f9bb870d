import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { BikePhotosService } from './bikes/bike-photos.service';
import { BikeTransitionService } from './bikes/bike-transition.service';
import { BikesController } from './bikes/bikes.controller';
import { BikesService } from './bikes/bikes.service';
import { PhotoBodyLimit } from './bikes/photo-body-limit';
import { PhotosController } from './bikes/photos.controller';
import {
  BikeInspectionsController,
  InspectionTemplateController,
} from './inspection/inspections.controller';
import { InspectionsService } from './inspection/inspections.service';
import { PartsController } from './parts/parts.controller';
import { PartsService } from './parts/parts.service';
import {
  TimeEntriesController,
  WorkersController,
  WorkOrdersController,
} from './repair/repair.controllers';
import { TimeEntriesService } from './repair/time-entries.service';
import { WorkersService } from './repair/workers.service';
import { WorkOrdersService } from './repair/work-orders.service';
import { WorkshopSettingsController } from './settings/workshop-settings.controller';
import { WorkshopSettingsService } from './settings/workshop-settings.service';

/** Bikes, photos, QR labels, inspections, work orders, workers and hours, spare parts, settings. */
@Module({
  imports: [IdentityModule],
  controllers: [
    BikesController,
    BikeInspectionsController,
    PhotosController,
    InspectionTemplateController,
    WorkOrdersController,
    WorkersController,
    TimeEntriesController,
    PartsController,
    WorkshopSettingsController,
  ],
  providers: [
    PhotoBodyLimit,
    BikesService,
    BikeTransitionService,
    BikePhotosService,
    InspectionsService,
    WorkOrdersService,
    TimeEntriesService,
    WorkersService,
    PartsService,
    WorkshopSettingsService,
  ],
})
export class WorkshopInventoryModule {}
