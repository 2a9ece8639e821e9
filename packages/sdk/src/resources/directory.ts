import type { APIClient } from '../core/client.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { Building, Category, City, Unit } from '../types.js';

/** The city's directory: its taxonomy, units and buildings. */
export class Directory {
  constructor(private readonly client: APIClient) {}

  city(): Promise<City> {
    return this.client.request('GET', '/api/v1/city');
  }

  /** The three-level taxonomy, optionally filtered by a word in any level. */
  async categories(params: { q?: string } = {}): Promise<Category[]> {
    const result = await this.client.request<{ data: Category[] }>('GET', '/api/v1/categories', { query: params });
    return result.data;
  }

  units(params: { kind?: Unit['kind'][]; parentId?: string; q?: string; limit?: number } = {}): PagePromise<Unit> {
    return new PagePromise((cursor) => this.client.request<Page<Unit>>('GET', '/api/v1/units', { query: { ...params, cursor } }));
  }

  buildings(params: { q?: string; gridUnitId?: string; limit?: number } = {}): PagePromise<Building> {
    return new PagePromise((cursor) => this.client.request<Page<Building>>('GET', '/api/v1/buildings', { query: { ...params, cursor } }));
  }
}
