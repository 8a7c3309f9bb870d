import { Bike } from './bikes/bike.entity';
import { WorkshopPhoto } from './bikes/workshop-photo.entity';
import { BikeWaitlistEntry } from './borrowers/bike-waitlist-entry.entity';
import { Borrower } from './borrowers/borrower.entity';
import { Briefing } from './borrowers/briefing.entity';
import { EligibilityCheck } from './borrowers/eligibility-check.entity';
import { BikeInspection } from './inspection/bike-inspection.entity';
import { InspectionTemplate } from './inspection/inspection-template.entity';
import { SparePart } from './parts/spare-part.entity';
import { StockMovement } from './parts/stock-movement.entity';
import { TimeEntry } from './repair/time-entry.entity';
import { WorkOrder } from './repair/work-order.entity';
import { WorkshopWorker } from './repair/workshop-worker.entity';
import { DamageCase } from './rentals/damage-case.entity';
import { Rental } from './rentals/rental.entity';
import { WorkshopSettings } from './settings/workshop-settings.entity';

/** Entities of the workshop context, for the explicit entity list of each process. */
export const WORKSHOP_ENTITIES = [
  Bike,
  WorkshopPhoto,
  WorkshopWorker,
  WorkOrder,
  TimeEntry,
  SparePart,
  StockMovement,
  InspectionTemplate,
  BikeInspection,
  Borrower,
  EligibilityCheck,
  Briefing,
  BikeWaitlistEntry,
  Rental,
  DamageCase,
  WorkshopSettings,
] as const;
