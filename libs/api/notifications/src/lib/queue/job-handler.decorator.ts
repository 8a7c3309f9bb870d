import { Injectable } from '@nestjs/common';
import type { JobName, JobPayload, QueueName } from './job-names';

/** What a handler learns about the job it runs. */
export interface JobContext {
  jobId: string;
  queue: QueueName;
  name: string;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  maxAttempts: number;
}

/** A processor of one job name. The same class runs under BullMQ (worker) and in-process (embedded API). */
export interface JobProcessor<Q extends QueueName, N extends JobName<Q>> {
  handle(payload: JobPayload<Q, N>, context: JobContext): Promise<void>;
}

export interface JobHandlerMetadata {
  queue: QueueName;
  name: string;
}

export const JOB_HANDLER_METADATA = 'zusammen:job-handler';

/**
 * Marks a provider as the handler of `queue`/`name`; also makes it `@Injectable()`.
 * The registry finds it through Nest's discovery; the startup check demands exactly one per job name.
 */
export function JobHandler<Q extends QueueName, N extends JobName<Q>>(queue: Q, name: N) {
  return (target: new (...args: never[]) => JobProcessor<Q, N>): void => {
    const metadata: JobHandlerMetadata = { queue, name };
    Reflect.defineMetadata(JOB_HANDLER_METADATA, metadata, target);
    Injectable()(target);
  };
}

export function jobHandlerMetadataOf(target: object): JobHandlerMetadata | undefined {
  const metadata: unknown = Reflect.getMetadata(JOB_HANDLER_METADATA, target);
  return metadata && typeof metadata === 'object' ? (metadata as JobHandlerMetadata) : undefined;
}
