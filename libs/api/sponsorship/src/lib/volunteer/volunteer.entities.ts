import { ConductCertificateCheck } from './conduct-certificate-check.entity';
import { VettingStep } from './vetting-step.entity';
import { Volunteer } from './volunteer.entity';

/** Entities of volunteers, vetting and the § 72a certificate ledger. */
export const VOLUNTEER_ENTITIES = [Volunteer, VettingStep, ConductCertificateCheck] as const;
