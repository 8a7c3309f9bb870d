import { Module } from '@nestjs/common';

/** The rental desk: borrowers, eligibility, briefings, waiting list, handout, return, damage, own rentals. */
@Module({})
export class WorkshopCounterModule {}
