import { APIClient, type ClientOptions } from './core/client.js';
import { Admin } from './resources/admin.js';
import { Assessment, publicStats, type PublicStats } from './resources/assessment.js';
import { Attachments } from './resources/attachments.js';
import { Auth } from './resources/auth.js';
import { Buildings } from './resources/buildings.js';
import { Cases } from './resources/cases.js';
import { Categories } from './resources/categories.js';
import { Directory } from './resources/directory.js';
import { Following } from './resources/following.js';
import { HotlineIntake } from './resources/hotline.js';
import { KnowledgeBase } from './resources/kb.js';
import { Ratings } from './resources/ratings.js';
import { Roster } from './resources/roster.js';
import { Staff } from './resources/staff.js';
import { Tracking } from './resources/tracking.js';
import { Webhooks } from './resources/webhooks.js';

/**
 * What residents' pages need: file, track (live), rate, follow; the taxonomy, buildings and
 * attachments. Widgets use this smaller client; `HuyingClient` adds the directory, staff, the
 * knowledge base and the duty roster.
 */
export class ResidentClient extends APIClient {
  readonly tracking: Tracking;
  readonly ratings: Ratings;
  readonly cases: Cases;
  readonly categories: Categories;
  readonly buildings: Buildings;
  readonly attachments: Attachments;
  readonly following: Following;

  constructor(options: ClientOptions) {
    super(options);
    this.tracking = new Tracking(this);
    this.ratings = new Ratings(this);
    this.cases = new Cases(this, this.tracking, this.ratings);
    this.categories = new Categories(this);
    this.buildings = new Buildings(this);
    this.attachments = new Attachments(this);
    this.following = new Following(this);
  }

  /** This month's public figures for a hall's screen or a community site (optionally one unit's subtree). */
  publicStats(options: { unitId?: string } = {}): Promise<PublicStats> {
    return publicStats(this, options);
  }
}

/**
 * The Huying API client, for browsers and Node.
 *
 * ```ts
 * const huying = new HuyingClient({ baseUrl: 'https://huying.example.gov.cn' });
 * const { trackingCode, secret } = await huying.cases.create({ kind: 'complaint', address: '…', description: '…' });
 * for await (const update of huying.tracking.live(trackingCode, { secret })) console.log(update.data.case.status);
 * ```
 */
export class HuyingClient extends ResidentClient {
  readonly auth: Auth;
  readonly admin: Admin;
  readonly directory: Directory;
  readonly hotline: HotlineIntake;
  readonly webhooks: Webhooks;
  readonly staff: Staff;
  readonly kb: KnowledgeBase;
  readonly roster: Roster;
  readonly assessment: Assessment;

  constructor(options: ClientOptions) {
    super(options);
    this.auth = new Auth(this);
    this.admin = new Admin(this);
    this.directory = new Directory(this, this.categories, this.buildings);
    this.hotline = new HotlineIntake(this);
    this.webhooks = new Webhooks(this);
    this.staff = new Staff(this);
    this.kb = new KnowledgeBase(this);
    this.roster = new Roster(this);
    this.assessment = new Assessment(this);
  }
}

export type { ClientOptions, Fetch, RequestOptions } from './core/client.js';
export { backoffMs, isRetryable, retryAfterMs } from './core/client.js';
export * from './core/errors.js';
export { PagePromise, type Page } from './core/pagination.js';
export { LiveStream, type LiveEvent, type LiveOptions } from './core/live.js';
export { readEventStream, type ServerSentEvent } from './core/sse.js';
export type { UploadBody } from './resources/attachments.js';
export type { ActionBody, HotSpot, PatrolReportBody, PatrolReportReceipt, RevealedContact, StaffCaseChange, StaffCaseFilter, StaffDeadlineState, SupervisionBoard } from './resources/staff.js';
export { KnowledgeBase, KbLexicon } from './resources/kb.js';
export { Webhooks, verifyWebhookSignature } from './resources/webhooks.js';
export type * from './resources/webhooks.js';
export { HotlineIntake } from './resources/hotline.js';
export type * from './resources/hotline.js';
export type * from './resources/kb.js';
export { Auth, OwnTokens } from './resources/auth.js';
export type * from './resources/auth.js';
export { Admin, AdminAccounts, AdminApiKeys } from './resources/admin.js';
export type * from './resources/admin.js';
export { Assessment } from './resources/assessment.js';
export type * from './resources/assessment.js';
export { Roster } from './resources/roster.js';
export type * from './resources/roster.js';
export type {
  CalendarYear,
  CalendarYearBody,
  Deadline,
  DeadlineWarning,
  Duration,
  LoopPolicy,
  LoopPolicyView,
  RoutingRule,
  RoutingRuleBody,
  SlaRule,
  SlaRuleBody,
  SupervisionNotice,
} from './resources/loop.js';
export { StaffSuggestions } from './resources/suggestions.js';
export type * from './resources/suggestions.js';
export type * from './types.js';
