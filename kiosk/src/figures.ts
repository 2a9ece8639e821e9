import type { ResidentClient } from '@huying/sdk';
import { deviceStore } from './config.js';

/** The city's public figures for the attract screen, as the platform computes them. */
export interface PublicFigures {
  resolvedThisMonth: number;
  /** 0–1, or null when nothing was rated this month. */
  satisfactionRate: number | null;
  averageResponseHours: number | null;
  asOf: string;
}

/** Where the platform publishes them (the assessment's public endpoint). */
export const figuresPath = '/api/v1/public/stats';

/**
 * Loads the figures, keeping the last ones for the screen while the network is down. The kiosk
 * shows what the platform says and computes nothing itself: without an answer it shows none.
 */
export async function loadFigures(client: ResidentClient): Promise<PublicFigures | null> {
  try {
    const figures = await client.request<PublicFigures>('GET', figuresPath, { maxRetries: 0 });
    deviceStore.set('figures', figures);
    return figures;
  } catch {
    return deviceStore.get<PublicFigures>('figures');
  }
}
