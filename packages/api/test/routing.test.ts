import { RegExpRouter } from 'hono/router/reg-exp-router';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

/**
 * Hono's default router tries its RegExpRouter (one regular expression per method) and falls back
 * to the TrieRouter for every route as soon as one route does not fit it. The TrieRouter walked
 * about a twentieth of a tracking lookup's API time, the RegExpRouter a fraction of that. What does
 * not fit is a static segment beside a parameter at the same place (`/calendar/due` beside
 * `/calendar/{year}`): give such an action a path of its own (`/staff/loop/due-date`).
 */
describe('routing', () => {
  const app = createApp({ database: undefined as never, clock: undefined as never, logger: undefined as never, defaultCityId: 'zhaoyuan', publicUrl: 'http://huying.test', bodyLimitBytes: 1 });

  it('fits every route into the RegExpRouter, naming the first that does not', () => {
    // The router refuses a route as it is added, so the first refusal names the culprit.
    const router = new RegExpRouter<number>();
    let refused: string | undefined;
    for (const [index, route] of app.routes.entries()) {
      try {
        router.add(route.method, route.path, index);
      } catch {
        refused = `${route.method} ${route.path}`;
        break;
      }
    }
    expect(refused).toBeUndefined();
    expect(router.match('GET', '/api/v1/track/261103728841')[0].length).toBeGreaterThan(0);
    expect(app.routes.length).toBeGreaterThan(400);
  });

  it('answers through the RegExpRouter', () => {
    // Hono's default router chooses on its first match, for good.
    expect(app.router.match('GET', '/api/v1/track/261103728841')[0].length).toBeGreaterThan(0);
    expect(app.router.name).toBe('SmartRouter + RegExpRouter');
  });
});
