import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { handlerCoverageProblems, type HandlerRegistration } from './handler-coverage';
import { jobHandlerMetadataOf, type JobContext } from './job-handler.decorator';
import { declaredJobKeys, type QueueName } from './job-names';

/** A handler instance seen without its generic payload type (the registry routes by queue and name). */
interface AnyJobProcessor {
  handle(payload: unknown, context: JobContext): Promise<void>;
}

interface LoadedHandler {
  className: string;
  processor: AnyJobProcessor;
}

function isJobProcessor(value: unknown): value is AnyJobProcessor {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { handle?: unknown }).handle === 'function'
  );
}

/**
 * Finds every provider marked with `@JobHandler` and dispatches jobs to it by queue and name.
 * At module init it fails the boot when a declared job name has no handler or more than one (the immich pattern).
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger(JobHandlerRegistry.name);
  private handlers: Map<string, LoadedHandler> | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** Runs the handler of `queue`/`name`; throws when there is none (an unknown name in Redis, e.g. after a rollback). */
  async dispatch(
    queue: QueueName,
    name: string,
    payload: unknown,
    context: JobContext,
  ): Promise<void> {
    const handler = this.load().get(`${queue}/${name}`);
    if (!handler) throw new Error(`No handler for job "${queue}/${name}"`);
    await handler.processor.handle(payload, context);
  }

  has(queue: QueueName, name: string): boolean {
    return this.load().has(`${queue}/${name}`);
  }

  private load(): Map<string, LoadedHandler> {
    if (this.handlers) return this.handlers;
    const registrations: (HandlerRegistration & { processor: AnyJobProcessor })[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || !isJobProcessor(instance)) continue;
      const metadata = jobHandlerMetadataOf(instance.constructor);
      if (!metadata) continue;
      registrations.push({ ...metadata, handler: instance.constructor.name, processor: instance });
    }
    const problems = handlerCoverageProblems(declaredJobKeys(), registrations);
    if (problems.length > 0) {
      throw new Error(`Job handler check failed: ${problems.join('; ')}`);
    }
    const handlers = new Map<string, LoadedHandler>();
    for (const registration of registrations) {
      handlers.set(`${registration.queue}/${registration.name}`, {
        className: registration.handler,
        processor: registration.processor,
      });
    }
    this.logger.log(
      `Job handlers: ${[...handlers.entries()].map(([key, h]) => `${key} → ${h.className}`).join(', ') || 'none'}`,
    );
    this.handlers = handlers;
    return handlers;
  }
}
