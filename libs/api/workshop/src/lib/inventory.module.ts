import { Module } from '@nestjs/common';

/** Bikes, photos, QR labels, inspections, work orders, workers and hours, spare parts, settings. */
@Module({})
export class WorkshopInventoryModule {}
