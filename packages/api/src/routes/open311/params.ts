/**
 * The parameters of Open311's requests, checked at the edge. Everything arrives as text (a query
 * string or a form), so numbers, dates and lists are parsed here, with messages that name the
 * GeoReport field.
 */
import { z } from '@hono/zod-openapi';
import { caseKinds, normalizePhone, urgencies } from '@huying/core';

/** The longest window GET requests covers, and its default. */
export const maxWindowDays = 90;
/** GeoReport's default limit of one answer, and the largest page. */
export const maxPageSize = 1000;

const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,3}(\.\d{1,12})?$/, 'a decimal number, e.g. 37.3636')
    .transform(Number)
    .refine((value) => value >= min && value <= max, `between ${min} and ${max}`);

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, 'a whole number')
    .transform(Number)
    .refine((value) => value >= min && value <= max, `between ${min} and ${max}`);

const zonedDate = z.iso
  .datetime({ offset: true, message: 'an ISO 8601 date and time with its time zone, e.g. 2026-03-01T00:00:00+08:00' })
  .transform((text) => new Date(text));

/** A comma-delimited list, as GeoReport writes several values of one parameter. */
const commaList = <T extends z.ZodType<string, string>>(item: T, most: number) =>
  z
    .string()
    .transform((text) => text.split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(item).min(1, 'name at least one value').max(most, `at most ${most} values`));

const flag = z.enum(['true', 'false']).transform((text) => text === 'true');
const locale = z.string().max(35).optional();
const jurisdiction = z.string().max(63).optional();

export const ListRequestsQuery = z.object({
  jurisdiction_id: jurisdiction,
  api_key: z.string().max(200).optional(),
  service_request_id: commaList(z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'a tracking code, e.g. 2603-0372-8841'), 100).optional(),
  service_code: commaList(z.string().max(64), 100).optional(),
  start_date: zonedDate.optional(),
  end_date: zonedDate.optional(),
  status: commaList(z.enum(['open', 'closed']), 2).optional(),
  page: integerText(1, 1_000_000).default(1),
  page_size: integerText(1, maxPageSize).default(maxPageSize),
  extensions: flag.default(false),
  locale,
});

export const SubmitRequestForm = z
  .strictObject(
    {
      jurisdiction_id: jurisdiction,
      api_key: z.string().max(200).optional(),
      service_code: z.string().trim().min(1).max(64),
      lat: decimal(-90, 90).optional(),
      long: decimal(-180, 180).optional(),
      address_string: z.string().trim().min(1).max(300).optional(),
      address_id: z.uuid('a building id from this platform').optional(),
      description: z.string().trim().min(5, 'describe the problem in at least 5 characters').max(4000),
      media_url: z.url({ protocol: /^https?$/, message: 'an http(s) link to the photo' }).max(2000).optional(),
      first_name: z.string().trim().max(50).optional(),
      last_name: z.string().trim().max(50).optional(),
      phone: z
        .string()
        .trim()
        .max(32)
        .refine((phone) => normalizePhone(phone) !== null, 'a mainland China mobile or landline number')
        .optional(),
      // Accepted as GeoReport defines them; the city reaches residents by phone, so they are not kept.
      email: z.email().max(254).optional(),
      device_id: z.string().max(200).optional(),
      account_id: z.string().max(200).optional(),
      'attribute[kind]': z.enum(caseKinds).default('complaint'),
      'attribute[urgency]': z.enum(urgencies).default('normal'),
      'attribute[title]': z.string().trim().min(1).max(200).optional(),
      extensions: flag.default(false),
      locale,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: not a GeoReport v2 field nor an attribute of the service (GET services/{service_code}.json lists them)`
          : undefined,
    },
  )
  .refine((form) => (form.lat === undefined) === (form.long === undefined), { message: 'give lat and long together', path: ['long'] })
  .refine((form) => form.lat !== undefined || form.address_string !== undefined || form.address_id !== undefined, {
    message: 'say where: lat and long, address_string or address_id',
    path: ['address_string'],
  })
  // Open311's attribute answers arrive as `attribute[code]=value`.
  .transform(({ 'attribute[kind]': kind, 'attribute[urgency]': urgency, 'attribute[title]': title, ...rest }) => ({ ...rest, kind, urgency, title }));
