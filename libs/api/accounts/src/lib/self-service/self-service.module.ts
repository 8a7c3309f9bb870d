import { Module } from '@nestjs/common';

/** Sign-up with email verification, password reset by email, the password-changed notice (helper A fills this in). */
@Module({})
export class SelfServiceModule {}
