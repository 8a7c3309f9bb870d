import { Module } from '@nestjs/common';

/** Admin user management and the desk registration of residents without email (helper B fills this in). */
@Module({})
export class UserAdminModule {}
