import { Module } from '@nestjs/common';

/** DSGVO access (Art. 15) and erasure (Art. 17) for the user and, on request, by an admin (helper B fills this in). */
@Module({})
export class PrivacyModule {}
