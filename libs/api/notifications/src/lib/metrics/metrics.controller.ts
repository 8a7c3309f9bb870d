import { Controller, Get, Header } from '@nestjs/common';
import { Registry } from 'prom-client';
import { NotificationMetrics } from './notification-metrics';

/**
 * GET /api/metrics — Prometheus text format. Public for now: it holds counts only, no personal data.
 * The identity issue may restrict it (e.g. to the monitoring network or a token).
 */
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
