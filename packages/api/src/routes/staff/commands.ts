import { z } from '@hono/zod-openapi';
import type { CaseCommandInput } from '../../services/cases/commands.js';
import { AttachmentSchema, CitationSchema } from '../schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const expectedVersion = z
  .number()
  .int()
  .positive()
  .optional()
  .openapi({ description: 'The case version you acted on; a newer version refuses the command with 409.' });

/**
 * Every staff action on a case: its path segment, its body and how it becomes a command. One
 * table, so the routes, the OpenAPI document and the SDK stay in step.
 */
export const staffCaseActions = {
  accept: { summary: 'Accept (签收) the case for your unit', body: z.object({}), toCommand: () => ({ type: 'accept' }) },
  respond: {
    summary: 'Give the first response to the resident',
    body: z.object({ message: text(2000) }),
    toCommand: (body: { message: string }) => ({ type: 'respond', message: body.message }),
  },
  note: {
    summary: 'Add a progress note (internal unless visible to the resident)',
    body: z.object({ message: text(2000), visibleToResident: z.boolean().default(false) }),
    toCommand: (body: { message: string; visibleToResident: boolean }) => ({ type: 'note', ...body }),
  },
  dispatch: {
    summary: 'Dispatch (派单) down your subtree or to a department',
    body: z.object({ toUnitId: z.uuid(), note: z.string().trim().max(1000).optional() }),
    toCommand: (body: { toUnitId: string; note?: string | undefined }) => ({ type: 'dispatch', toUnitId: body.toUnitId, ...(body.note ? { note: body.note } : {}) }),
  },
  escalate: {
    summary: 'Escalate (上报) one level up, with a reason',
    body: z.object({ reason: text(1000) }),
    toCommand: (body: { reason: string }) => ({ type: 'escalate', reason: body.reason }),
  },
  return: {
    summary: 'Return (退单) a wrongly dispatched case to its dispatcher',
    body: z.object({ reason: text(1000) }),
    toCommand: (body: { reason: string }) => ({ type: 'return', reason: body.reason }),
  },
  'rule-return': {
    summary: 'Rule on a return: uphold it (and re-dispatch) or reject it',
    body: z.object({ upheld: z.boolean(), note: z.string().trim().max(1000).optional() }),
    toCommand: (body: { upheld: boolean; note?: string | undefined }) => ({ type: 'rule_return', upheld: body.upheld, ...(body.note ? { note: body.note } : {}) }),
  },
  'start-joint': {
    summary: 'Start joint handling (联办) with a lead unit and co-units',
    body: z.object({
      leadUnitId: z.uuid(),
      parts: z.array(z.object({ unitId: z.uuid(), share: text(500), dueAt: z.iso.datetime({ offset: true }).nullish() })).min(1).max(20),
      meeting: z
        .object({ heldAt: z.iso.datetime({ offset: true }), attendees: z.array(text(100)).min(1).max(50), decisions: text(4000) })
        .optional(),
    }),
    toCommand: (body: {
      leadUnitId: string;
      parts: { unitId: string; share: string; dueAt?: string | null | undefined }[];
      meeting?: { heldAt: string; attendees: string[]; decisions: string } | undefined;
    }) => ({
      type: 'start_joint',
      leadUnitId: body.leadUnitId,
      parts: body.parts.map((part) => ({ unitId: part.unitId, share: part.share, dueAt: part.dueAt ?? null })),
      ...(body.meeting ? { meeting: body.meeting } : {}),
    }),
  },
  'report-part': {
    summary: 'Report your unit\'s part of a joint handling',
    body: z.object({ report: text(4000) }),
    toCommand: (body: { report: string }) => ({ type: 'report_part', report: body.report }),
  },
  hold: {
    summary: 'Pause for the resident to supply something (the clock pauses, recorded)',
    body: z.object({ reason: text(1000) }),
    toCommand: (body: { reason: string }) => ({ type: 'hold', reason: body.reason }),
  },
  resume: {
    summary: 'Resume handling after a pause',
    body: z.object({ note: z.string().trim().max(1000).optional() }),
    toCommand: (body: { note?: string | undefined }) => ({ type: 'resume', ...(body.note ? { note: body.note } : {}) }),
  },
  resolve: {
    summary: 'Reply (答复) to the resident and resolve the case',
    body: z.object({
      reply: text(8000),
      attachments: z.array(AttachmentSchema).max(20).optional(),
      citations: z.array(CitationSchema).max(20).optional(),
      overrideReason: z.string().trim().max(1000).optional(),
      closeNow: z
        .boolean()
        .optional()
        .openapi({ description: 'Close at once after the reply: a consultation answered on the spot (接诉即办). Refused for kinds the resident rates.' }),
    }),
    toCommand: (body: {
      reply: string;
      attachments?: z.infer<typeof AttachmentSchema>[] | undefined;
      citations?: z.infer<typeof CitationSchema>[] | undefined;
      overrideReason?: string | undefined;
    }) => ({
      type: 'resolve',
      reply: body.reply,
      ...(body.attachments ? { attachments: body.attachments } : {}),
      ...(body.citations ? { citations: body.citations } : {}),
      ...(body.overrideReason ? { overrideReason: body.overrideReason } : {}),
    }),
    then: (body: { closeNow?: boolean | undefined }): CaseCommandInput | null => (body.closeNow ? { type: 'close', reason: '当场答复办结' } : null),
  },
  close: {
    summary: 'Close a rated case (or an answered consultation)',
    body: z.object({ reason: z.string().trim().max(1000).optional() }),
    toCommand: (body: { reason?: string | undefined }) => ({ type: 'close', ...(body.reason ? { reason: body.reason } : {}) }),
  },
  supervise: {
    summary: 'Issue a supervision notice (督办单) to the holder or a co-unit, which it must answer',
    body: z.object({
      reason: text(1000),
      unitId: z.uuid().optional().openapi({ description: 'The holder (default) or a co-unit of the joint handling.' }),
    }),
    toCommand: (body: { reason: string; unitId?: string | undefined }) => ({ type: 'supervise', reason: body.reason, ...(body.unitId ? { unitId: body.unitId } : {}) }),
  },
  'answer-supervision': {
    summary: 'Answer a supervision notice sent to your unit',
    body: z.object({ noticeId: z.uuid(), answer: text(4000) }),
    toCommand: (body: { noticeId: string; answer: string }) => ({ type: 'answer_supervision', noticeId: body.noticeId, answer: body.answer }),
  },
  'request-extension': {
    summary: 'Ask the unit above for more time: the resolution deadline (holder) or your part (co-unit)',
    body: z.object({ step: z.enum(['resolution', 'part']).default('resolution'), until: instant, reason: text(1000) }),
    toCommand: (body: { step: 'resolution' | 'part'; until: string; reason: string }) => ({ type: 'request_extension', ...body }),
  },
  'rule-extension': {
    summary: 'Approve or refuse an extension a unit below asked for',
    body: z.object({
      approved: z.boolean(),
      until: instant.optional().openapi({ description: 'Approve a different deadline than the one asked for.' }),
      note: z.string().trim().max(1000).optional(),
    }),
    toCommand: (body: { approved: boolean; until?: string | undefined; note?: string | undefined }) => ({
      type: 'rule_extension',
      approved: body.approved,
      ...(body.until ? { until: body.until } : {}),
      ...(body.note ? { note: body.note } : {}),
    }),
  },
} as const satisfies Record<
  string,
  { summary: string; body: z.ZodObject; toCommand: (body: never) => CaseCommandInput; then?: (body: never) => CaseCommandInput | null }
>;

export type StaffCaseAction = keyof typeof staffCaseActions;

export const withExpectedVersion = <T extends z.ZodObject>(schema: T) => schema.extend({ expectedVersion }).strict();
