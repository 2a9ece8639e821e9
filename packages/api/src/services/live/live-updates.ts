import type { Logger } from 'pino';
import type { DatabaseHandle } from '../../db/client.js';
import { caseEventsChannel, type CaseEventNotice } from '../cases/events.js';

export interface LiveSubscriber {
  /** A committed event of the case. */
  onNotice(notice: CaseEventNotice): void;
  /** The process is shutting down: end the stream so the client reconnects elsewhere. */
  onClose(): void;
}

/**
 * This process's side of live updates. Every transition `pg_notify`s on one channel; the process
 * listens to it once (one connection, however many residents watch) and fans each notice out to
 * the streams watching that case. Any number of API processes can run: each hears every notice
 * from PostgreSQL, whichever process made the change.
 */
export interface LiveUpdates {
  subscribe(caseId: string, subscriber: LiveSubscriber): Promise<() => void>;
  /** Every notice of a city's cases (a staff inbox watching many at once). */
  subscribeCity(cityId: string, subscriber: LiveSubscriber): Promise<() => void>;
  /** Open streams in this process. */
  readonly streams: number;
  close(): Promise<void>;
}

export function createLiveUpdates(database: DatabaseHandle, logger?: Pick<Logger, 'warn'>): LiveUpdates {
  const watchers = new Map<string, Set<LiveSubscriber>>();
  const cityWatchers = new Map<string, Set<LiveSubscriber>>();
  let listening: Promise<() => Promise<void>> | null = null;
  let streams = 0;
  let closed = false;

  const deliver = (payload: string) => {
    let notice: CaseEventNotice;
    try {
      notice = JSON.parse(payload) as CaseEventNotice;
    } catch {
      logger?.warn({ payload: payload.slice(0, 200) }, 'ignored a malformed case event notice');
      return;
    }
    for (const subscriber of [...(watchers.get(notice.caseId) ?? []), ...(cityWatchers.get(notice.cityId) ?? [])]) {
      try {
        subscriber.onNotice(notice);
      } catch (error) {
        logger?.warn({ err: error }, 'a live update subscriber failed');
      }
    }
  };

  const listen = () => {
    listening ??= database.listen(caseEventsChannel, deliver);
    // A failed LISTEN (database unreachable) is retried by the next subscriber.
    listening.catch(() => (listening = null));
    return listening;
  };

  const watch = async (map: Map<string, Set<LiveSubscriber>>, key: string, subscriber: LiveSubscriber) => {
    if (closed) throw new Error('live updates are closed');
    await listen();
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(subscriber);
    streams++;
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      streams--;
      set.delete(subscriber);
      if (set.size === 0 && map.get(key) === set) map.delete(key);
    };
  };

  return {
    get streams() {
      return streams;
    },
    subscribe: (caseId, subscriber) => watch(watchers, caseId, subscriber),
    subscribeCity: (cityId, subscriber) => watch(cityWatchers, cityId, subscriber),
    async close() {
      closed = true;
      for (const map of [watchers, cityWatchers]) {
        for (const set of map.values()) for (const subscriber of set) subscriber.onClose();
        map.clear();
      }
      const stop = await listening?.catch(() => null);
      listening = null;
      await stop?.().catch(() => {});
    },
  };
}

const perDatabase = new WeakMap<DatabaseHandle, LiveUpdates>();

/** The app's live updates: the injected ones, else one per database handle, started on first use. */
export function liveUpdatesOf(deps: { live?: LiveUpdates | undefined; database: DatabaseHandle; logger?: Pick<Logger, 'warn'> }): LiveUpdates {
  if (deps.live) return deps.live;
  let live = perDatabase.get(deps.database);
  if (!live) perDatabase.set(deps.database, (live = createLiveUpdates(deps.database, deps.logger)));
  return live;
}
