import type { APIClient } from '../core/client.js';
import type { Category } from '../types.js';

/** The city's three-level request taxonomy (e.g. 城乡建设 / 物业管理 / 物业服务). */
export class Categories {
  #all: Promise<Category[]> | null = null;

  constructor(private readonly client: APIClient) {}

  /**
   * Every category (a few hundred), fetched once per client and kept: a search-as-you-type box
   * filters them locally instead of asking the server for every keystroke.
   */
  list(options: { refresh?: boolean } = {}): Promise<Category[]> {
    if (!this.#all || options.refresh) {
      const loading = this.client.request<{ data: Category[] }>('GET', '/api/v1/categories').then((result) => result.data);
      // A failed load is not kept, so the next call tries again.
      loading.catch(() => (this.#all = null));
      this.#all = loading;
    }
    return this.#all;
  }

  /** Categories whose any level contains `q`, asked of the server. */
  async search(q: string): Promise<Category[]> {
    const result = await this.client.request<{ data: Category[] }>('GET', '/api/v1/categories', { query: { q } });
    return result.data;
  }
}
