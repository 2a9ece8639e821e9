import type { HuyingClient } from '@huying/sdk';
import { formatDateTime } from '../internal/case-words.js';
import type { Locale } from '../internal/locale.js';
import { html, nothing } from 'lit';
import { staffWords, type DeadlineBadge } from './staff-words.js';

/**
 * The staff elements talk through a client the host page made for the signed-in member: a staff
 * token (`staffToken`), or the session cookie of the staff pages with the CSRF token from
 * sign-in in the `x-csrf-token` header. They never hold credentials themselves.
 */
export type StaffClient = HuyingClient;

/** A deadline badge: its state in words and colour, and when it falls due. */
export function deadlineBadge(deadline: { state: DeadlineBadge; dueAt: string; step?: string } | null, locale: Locale) {
  const words = staffWords[locale];
  if (!deadline) return html`<span class="badge" part="deadline">${words.deadline.none}</span>`;
  return html`<span class="badge ${deadline.state}" part="deadline">${words.deadline[deadline.state]}</span>
    ${deadline.state === 'paused' ? nothing : html`<span class="muted">${deadline.step ? `${words.step[deadline.step] ?? deadline.step} ` : ''}${words.dueAt(formatDateTime(deadline.dueAt, locale))}</span>`}`;
}
