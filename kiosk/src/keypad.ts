import { HuyingElement } from '@huying/components/internal/huying-element';
import { buttonStyles, hostStyles } from '@huying/components/internal/shared.styles';
import { tokens } from '@huying/components/internal/tokens';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { kioskTranslations } from './translations.js';

/**
 * An on-screen numeric keypad with its own display, for phone numbers, case numbers, secrets and
 * PINs: no system keyboard opens (`inputmode="none"`), and a physical keyboard still types into
 * the display, so it works by keyboard and screen reader too. Fires `input` as the value changes.
 */
export class KioskKeypad extends HuyingElement {
  static override styles = [
    hostStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        max-width: 26rem;
      }

      label {
        display: block;
        font-weight: 700;
        margin-bottom: 0.35rem;
      }

      input {
        width: 100%;
        min-height: 4.5rem;
        padding: 0 0.75rem;
        border: 2px solid ${tokens.colorText};
        border-radius: ${tokens.radius};
        font: inherit;
        font-size: 2rem;
        font-variant-numeric: tabular-nums;
        letter-spacing: 0.08em;
        text-align: center;
        color: inherit;
        background: ${tokens.colorSurface};
      }

      input:focus-visible {
        outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
        outline-offset: ${tokens.focusRingOffset};
      }

      .hint,
      .error {
        margin: 0.35rem 0 0;
      }

      .hint:empty,
      .error:empty {
        display: none;
      }

      .error {
        color: ${tokens.colorDanger};
        font-weight: 700;
      }

      .keys {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 0.6rem;
        margin-top: 0.75rem;
      }

      .keys .button {
        min-height: 4.5rem;
        font-size: 1.75rem;
        font-weight: 700;
      }

      .keys .button.small {
        font-size: 1.125rem;
      }
    `,
  ];

  @property() value = '';
  @property() label = '';
  /** Read with the display: what to enter. */
  @property() hint = '';
  /** Read with the display, and shown, when the entry is not valid. */
  @property() error = '';
  @property({ type: Number }) maxlength = 12;
  /** Shows dots instead of digits (PINs). */
  @property({ type: Boolean }) masked = false;
  /** Groups digits for reading: `code` as 4-4-4, `phone` as 3-4-4. */
  @property() grouping: 'code' | 'phone' | 'none' = 'none';

  private set(value: string): void {
    const digits = value.replace(/\D/g, '').slice(0, this.maxlength);
    if (digits === this.value) return;
    this.value = digits;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private shown(): string {
    if (this.masked) return '•'.repeat(this.value.length);
    const groups = this.grouping === 'code' ? [4, 4, 4] : this.grouping === 'phone' ? [3, 4, 4] : [];
    if (groups.length === 0) return this.value;
    const parts: string[] = [];
    let at = 0;
    for (const size of groups) {
      if (at >= this.value.length) break;
      parts.push(this.value.slice(at, at + size));
      at += size;
    }
    return parts.join(' ');
  }

  protected override render() {
    const terms = this.localize(kioskTranslations);
    return html`
      <label for="display">${this.label}</label>
      <input
        id="display"
        inputmode="none"
        autocomplete="off"
        spellcheck="false"
        .value=${this.shown()}
        aria-describedby="hint error"
        aria-invalid=${this.error ? 'true' : 'false'}
        @input=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          // Typed on a keyboard: masked dots carry no digits, so take only what was added.
          this.set(this.masked ? this.value + input.value.replace(/\D/g, '') : input.value);
          input.value = this.shown();
        }}
      />
      <p id="hint" class="hint">${this.hint}</p>
      <p id="error" class="error" role="alert">${this.error}</p>
      <div class="keys" role="group" aria-label=${this.label}>
        ${['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => html`<button class="button" type="button" @click=${() => this.set(this.value + digit)}>${digit}</button>`)}
        <button class="button small" type="button" @click=${() => this.set('')}>${terms.keypadClear}</button>
        <button class="button" type="button" @click=${() => this.set(this.value + '0')}>0</button>
        <button class="button small" type="button" aria-label=${terms.keypadDelete} @click=${() => this.set(this.value.slice(0, -1))}>⌫</button>
      </div>
    `;
  }
}
