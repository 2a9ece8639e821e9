import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { HyErrorEvent } from '../events/error-event.js';
import { watchLang } from './lang-watch.js';
import { inheritedLang, matchLocale, type Locale, type Term, type TranslationTable } from './locale.js';

/**
 * The base of every `hy-*` element: it speaks the language of the element's own `lang` or of
 * the nearest ancestor's, following that attribute as it changes, and turns failures into
 * `hy-error` events rather than exceptions in the host page.
 *
 * @event {HyErrorEvent} hy-error - A failure the element caught instead of throwing.
 */
export class HuyingElement extends LitElement {
  /** The locale this element renders in, resolved from the `lang` in effect where it sits. */
  @state() protected locale: Locale = matchLocale(null);

  private stopWatchingLang: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopWatchingLang = watchLang(this, () => this.updateLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  /** This element's strings in its current locale. */
  protected localize<Terms extends Record<string, Term>>(table: TranslationTable<Terms>): Terms {
    return table[this.locale];
  }

  /** Reports a caught failure to the host page as a `hy-error` event. */
  protected reportError(code: string, cause: unknown): void {
    const message = cause instanceof Error ? cause.message : String(cause);
    this.dispatchEvent(new HyErrorEvent({ code, message, cause }));
  }

  /** Runs an event handler or other callback, reporting rather than throwing what it throws. */
  protected guard(code: string, run: () => unknown): void {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((error: unknown) => this.reportError(code, error));
    } catch (error) {
      this.reportError(code, error);
    }
  }

  // A rendering bug must not surface as an uncaught exception in a page we do not own. Every
  // update step (willUpdate, render, updated) runs inside scheduleUpdate, so this one catch
  // covers them all and keeps `updateComplete` from rejecting; the element keeps its last
  // good DOM and says what happened.
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.reportError('render-failed', error);
    }
  }

  private updateLocale(): void {
    this.locale = matchLocale(inheritedLang(this));
  }
}
