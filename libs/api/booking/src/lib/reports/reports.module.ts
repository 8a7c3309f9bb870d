import { Module } from '@nestjs/common';
import { UtilisationController } from './utilisation.controller';
import { UtilisationService } from './utilisation.service';

/** Staff reports of the Haus der Begegnung: room utilisation (JSON and CSV). */
@Module({ controllers: [UtilisationController], providers: [UtilisationService] })
export class BookingReportsModule {}
