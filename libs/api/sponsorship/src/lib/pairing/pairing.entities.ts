import { CheckIn } from './check-in.entity';
import { PairExclusion } from './pair-exclusion.entity';
import { PairingTransition } from './pairing-transition.entity';
import { Pairing } from './pairing.entity';

/** Entities of pairings, their history, pair exclusions and contacts. */
export const PAIRING_ENTITIES = [Pairing, PairingTransition, PairExclusion, CheckIn] as const;
