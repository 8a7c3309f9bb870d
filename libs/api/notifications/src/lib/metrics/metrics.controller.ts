import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@zusammen/api/identity';
import { Registry } from 'prom-client';
import { NotificationMetrics } from './notification-metrics';

/**
 * GET /api/metrics — Prometheus text format, counts only, no personal data. Public at the application level:
 * Prometheus scrapes it inside the cluster without a session; restrict it at the ingress (do not route
 * /api/metrics from the internet, see infra/).
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: NotificationMetrics) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
