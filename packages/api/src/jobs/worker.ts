/**
 * Runs the background jobs on a schedule: the deadline sweep and the webhook outbox often, the
 * idempotency purge hourly, the monthly assessment every ten minutes (it acts once a month has closed). `huying worker` runs only these; `huying serve` runs them beside the API unless told
 * not to. Any number of workers may run against one database.
 */
import { sweepDueCases, type JobDependencies, type SweepOptions } from './deadline-sweep.js';
import { purgeExpiredIdempotencyKeys } from './idempotency-purge.js';
import { runMonthlyAssessment, type AssessmentJobOptions } from './monthly-assessment.js';
import { deliverDueWebhooks, type WebhookDeliveryOptions } from './webhook-delivery.js';

export interface WorkerOptions extends SweepOptions {
  sweepEveryMs?: number;
  purgeEveryMs?: number;
  webhooksEveryMs?: number;
  webhooks?: WebhookDeliveryOptions;
  /** How often the monthly assessment looks for a closed month (each table is generated once, whatever the number of workers). */
  assessmentEveryMs?: number;
  assessment?: Omit<AssessmentJobOptions, 'cityIds'>;
}

export interface RunningWorker {
  /** Stops scheduling and waits for a job in progress to finish. */
  stop(): Promise<void>;
}

interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export function startWorker(deps: JobDependencies, options: WorkerOptions = {}): RunningWorker {
  const jobs: Job[] = [
    { name: 'deadline-sweep', everyMs: options.sweepEveryMs ?? 30_000, run: () => sweepDueCases(deps, options) },
    { name: 'webhook-delivery', everyMs: options.webhooksEveryMs ?? 5_000, run: () => deliverDueWebhooks(deps, { ...options.webhooks, ...(options.cityIds ? { cityIds: options.cityIds } : {}) }) },
    { name: 'idempotency-purge', everyMs: options.purgeEveryMs ?? 60 * 60_000, run: () => purgeExpiredIdempotencyKeys(deps) },
    {
      name: 'monthly-assessment',
      everyMs: options.assessmentEveryMs ?? 10 * 60_000,
      run: () => runMonthlyAssessment(deps, { ...options.assessment, ...(options.cityIds ? { cityIds: options.cityIds } : {}) }),
    },
  ];
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (job: Job, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const started = Date.now();
      const run = job
        .run()
        .then((result) => deps.logger.debug({ job: job.name, ms: Date.now() - started, result }, 'job done'))
        .catch((error: unknown) => deps.logger.error({ err: error, job: job.name }, 'job failed; it runs again at its next turn'))
        .finally(() => {
          running.delete(run);
          // The next run waits a whole interval after this one ends, so a slow run never overlaps itself.
          schedule(job, job.everyMs);
        });
      running.add(run);
    }, delayMs);
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, 0);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
