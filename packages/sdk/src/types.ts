import type { components, paths } from './generated/api.js';

type Schemas = components['schemas'];

/** The query parameters of a GET endpoint, straight from the API's schema (minus the city, set on the client). */
export type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } } ? Omit<NonNullable<Query>, 'city' | 'cursor'> : never;

export type CaseKind = Schemas['CaseKind'];
export type CaseStatus = Schemas['CaseStatus'];
export type Channel = Schemas['Channel'];
export type Urgency = Schemas['Urgency'];
// The schema is shared with nullable fields (a case's rating), which makes the generated enum nullable.
export type RatingLevel = NonNullable<Schemas['RatingLevel']>;
export type Attachment = Schemas['Attachment'];
export type UnitSummary = Schemas['UnitSummary'];
export type CategorySummary = Schemas['CategorySummary'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type CaseStatusView = Schemas['CaseStatusView'];
export type ResidentCaseView = Schemas['ResidentCaseView'];
export type SubmitCaseParams = Schemas['SubmitCase'];
export type SubmittedCase = Schemas['SubmittedCase'];
export type City = Schemas['City'];
export type Category = Schemas['Category'];
export type Unit = Schemas['Unit'];
export type Building = Schemas['Building'];
export type StaffMe = Schemas['StaffMe'];
export type StaffCaseSummary = Schemas['StaffCaseSummary'];
export type StaffCaseView = Schemas['StaffCaseView'];
export type AttachmentView = Schemas['AttachmentView'];
export type UploadedAttachment = Schemas['UploadedAttachment'];
export type PublicCase = Schemas['PublicCase'];
export type SimilarCase = Schemas['SimilarCase'];
export type FollowReceipt = Schemas['FollowReceipt'];
export type BuildingDetail = Schemas['BuildingDetail'];
export type ScannedSign = Schemas['ScannedSign'];

/** What tracking returns: the status for anyone, the whole case for its resident. */
export type TrackedCase = { verified: false; case: CaseStatusView } | { verified: true; case: ResidentCaseView };

/** An update from a tracked case's live stream: the whole case with proof, else its status. */
export type CaseUpdate = { type: 'case'; case: ResidentCaseView } | { type: 'status'; case: CaseStatusView };

/** Proof that a case is yours: the receipt's secret, or the contact phone's last four digits. */
export type ResidentProof = { secret: string; phoneLast4?: never } | { phoneLast4: string; secret?: never };
