import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SystemInfoResponse } from '@zusammen/shared/contracts';
import { Public } from '../access/access-policy';
import { SystemService } from './system.service';

/** Which infrastructure this instance runs on (public, no secrets). */
@ApiTags('system')
@Public()
@Controller('system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get()
  @ApiOkResponse({ description: 'Version and the infrastructure in use.' })
  getInfo(): SystemInfoResponse {
    return this.system.getInfo();
  }
}
