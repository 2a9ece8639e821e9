import type { APIClient } from '../core/client.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { Building, Category, City, QueryOf, Unit } from '../types.js';
import type { Buildings } from './buildings.js';
import type { Categories } from './categories.js';

/** The city's directory: the city, its units, and (as `categories` and `buildings` also offer) its taxonomy and buildings. */
export class Directory {
  constructor(
    private readonly client: APIClient,
    private readonly categoryList: Categories,
    private readonly buildingList: Buildings,
  ) {}

  city(): Promise<City> {
    return this.client.request('GET', '/api/v1/city');
  }

  /** The three-level taxonomy, optionally filtered by a word in any level. */
  categories(params: { q?: string } = {}): Promise<Category[]> {
    return params.q ? this.categoryList.search(params.q) : this.categoryList.list();
  }

  units(params: { kind?: Unit['kind'][]; parentId?: string; q?: string; limit?: number } = {}): PagePromise<Unit> {
    return new PagePromise((cursor) => this.client.request<Page<Unit>>('GET', '/api/v1/units', { query: { ...params, cursor } }));
  }

  buildings(params: QueryOf<'/api/v1/buildings'> = {}): PagePromise<Building> {
    return this.buildingList.list(params);
  }
}
