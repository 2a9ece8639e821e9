import type { APIClient } from '../core/client.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { components } from '../generated/api.js';
import type { Building, BuildingDetail, QueryOf, ScannedSign } from '../types.js';

type Schemas = components['schemas'];
export type PublicCaseSummary = Schemas['PublicCaseSummary'];
export type SignSummary = Schemas['SignSummary'];
export type IssuedSign = Schemas['IssuedSign'];
export type BuildingImportReport = Schemas['BuildingImportReport'];

const buildingPath = (id: string) => `/api/v1/buildings/${encodeURIComponent(id)}`;

/** Buildings (楼栋): the places residents report about, each with its grid, community and QR sign. */
export class Buildings {
  constructor(private readonly client: APIClient) {}

  /** Buildings by name or address (`q`), or within a grid, community, street or property company. */
  list(params: QueryOf<'/api/v1/buildings'> = {}): PagePromise<Building> {
    return new PagePromise((cursor) => this.client.request<Page<Building>>('GET', '/api/v1/buildings', { query: { ...params, cursor } }));
  }

  /** One building with its grid, community, street and property company. */
  get(id: string): Promise<BuildingDetail> {
    return this.client.request('GET', `/api/v1/buildings/${encodeURIComponent(id)}`);
  }

  /**
   * What a sign's QR token names: its building, checked by the server. A forged token is a
   * `BadRequestError` (`qr-token-invalid`), a withdrawn sign an `APIError` with status 410.
   */
  fromQrToken(token: string): Promise<ScannedSign> {
    return this.client.request('GET', `/api/v1/qr/${encodeURIComponent(token)}`);
  }

  /** The building's open problems as the public sees them: kind, category, status, who is on it; no text, names or tracking codes. */
  openCases(id: string, params: { limit?: number } = {}): Promise<{ total: number; data: PublicCaseSummary[] }> {
    return this.client.request('GET', `${buildingPath(id)}/cases`, { query: params });
  }

  /** Staff of the building's subtree: every version of its sign, newest first, with scan counts. */
  async signs(id: string): Promise<SignSummary[]> {
    return (await this.client.request<{ data: SignSummary[] }>('GET', `${buildingPath(id)}/signs`)).data;
  }

  /** Staff: the current sign, print-ready, as PDF bytes. `perPage` 4 or 9 fills an A4 sheet with copies. */
  async signPdf(id: string, params: { perPage?: 1 | 4 | 9 } = {}): Promise<ArrayBuffer> {
    const response = await this.client.open(`${buildingPath(id)}/sign`, { query: { ...params, format: 'pdf' }, accept: 'application/pdf, application/problem+json' });
    return response.arrayBuffer();
  }

  /** Staff: the current sign as SVG text (the words drawn as outlines, so it prints the same anywhere). */
  async signSvg(id: string, params: { perPage?: 1 | 4 | 9 } = {}): Promise<string> {
    const response = await this.client.open(`${buildingPath(id)}/sign`, { query: { ...params, format: 'svg' }, accept: 'image/svg+xml, application/problem+json' });
    return response.text();
  }

  /** Staff: a reprint. Issues the next version; the old sign's QR code is refused from now on. */
  reissueSign(id: string, reason: string): Promise<IssuedSign> {
    return this.client.request('POST', `${buildingPath(id)}/signs`, { body: { reason } });
  }

  /** Staff: withdraws the sign without a replacement (the building is gone, the sign stolen). */
  revokeSign(id: string, reason: string): Promise<SignSummary> {
    return this.client.request('POST', `${buildingPath(id)}/signs/revoke`, { body: { reason } });
  }

  /**
   * Administrators: imports a register file, CSV or JSON Lines as its name says (`.csv`, `.jsonl`).
   * All or nothing: a bad row throws an UnprocessableEntityError whose `fieldErrors` name each
   * bad line; nothing is written.
   */
  import(file: string | Blob, options: { fileName: string; dryRun?: boolean }): Promise<BuildingImportReport> {
    const form = new FormData();
    form.set('file', typeof file === 'string' ? new Blob([file], { type: 'text/plain' }) : file, options.fileName);
    return this.client.request('POST', '/api/v1/building-imports', { query: { dryRun: options.dryRun ? 'true' : undefined }, body: form });
  }
}
