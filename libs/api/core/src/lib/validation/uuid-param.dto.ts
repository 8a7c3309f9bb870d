import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** Route params of `/:id` routes: `@Param() { id }: UuidParamDto` rejects non-UUIDs with 422. */
export class UuidParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id!: string;
}
