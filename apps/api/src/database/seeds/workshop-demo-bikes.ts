import type { DemoBike } from './workshop-demo-bike-plan';
import { FLEET_BIKES } from './workshop-demo-bikes-fleet';
import { REPAIR_BIKES } from './workshop-demo-bikes-repair';

export type * from './workshop-demo-bike-plan';

/** The sixteen demo bikes: every technical state, every availability, every work order status. */
export const DEMO_BIKES: readonly DemoBike[] = [...REPAIR_BIKES, ...FLEET_BIKES];
