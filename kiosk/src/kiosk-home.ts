import { HuyingElement } from '@huying/components/internal/huying-element';
import type { Locale } from '@huying/components';
import { buttonStyles, hostStyles } from '@huying/components/internal/shared.styles';
import { tokens } from '@huying/components/internal/tokens';
import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { kioskConfig } from './config.js';
import { kioskHomeTranslations } from './kiosk-home.translations.js';

const languageChoices: ReadonlyArray<{ readonly locale: Locale; readonly name: string }> = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/**
 * The kiosk's first screen: which hall this is, a QR code residents scan to follow their
 * case on their own phone, and the two settings a shared touch screen needs, language and
 * text size. Both settings act on the whole document (`lang` and the root font size), so
 * every element on the page follows them.
 */
export class KioskHome extends HuyingElement {
  static override styles = [
    hostStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
      }

      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${tokens.spacing};
        padding: calc(${tokens.spacing} * 1.5) calc(${tokens.spacing} * 2);
        background: ${tokens.colorPrimary};
        color: ${tokens.colorOnPrimary};
      }

      header img {
        width: 3.5rem;
        height: 3.5rem;
        border-radius: ${tokens.radius};
        box-shadow: 0 0 0 2px ${tokens.colorOnPrimary};
      }

      .hall {
        flex: 1 1 16rem;
      }

      .brand {
        margin: 0;
        font-size: ${tokens.fontSizeSmall};
        letter-spacing: 0.05em;
      }

      h1 {
        margin: 0;
        font-size: 1.75rem;
        line-height: 1.25;
      }

      .settings {
        display: flex;
        flex-wrap: wrap;
        gap: ${tokens.spacing};
      }

      .settings [role='group'] {
        display: flex;
        gap: 0.25rem;
      }

      /* On the red header the buttons are outlined in white; the chosen ones are filled. */
      header .button {
        border-color: ${tokens.colorOnPrimary};
        background: transparent;
        color: ${tokens.colorOnPrimary};
      }

      header .button:hover {
        background: rgb(255 255 255 / 0.15);
      }

      header .button[aria-pressed='true'],
      header .button[aria-checked='true'] {
        background: ${tokens.colorOnPrimary};
        color: ${tokens.colorPrimary};
        font-weight: 600;
      }

      header .button:focus-visible {
        outline-color: ${tokens.colorOnPrimary};
      }

      main {
        flex: 1;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: calc(${tokens.spacing} * 1.5);
        padding: calc(${tokens.spacing} * 2);
        text-align: center;
      }

      h2 {
        margin: 0;
        font-size: 2rem;
        line-height: 1.25;
      }

      .steps {
        max-width: 32em;
        margin: 0;
        font-size: 1.25rem;
      }

      .address {
        margin: 0;
        color: ${tokens.colorTextMuted};
      }

      .address code {
        display: block;
        font-size: 1.125rem;
        color: ${tokens.colorText};
        word-break: break-all;
      }
    `,
  ];

  @state() private largeText = document.documentElement.classList.contains('large-text');

  protected override render() {
    const terms = this.localize(kioskHomeTranslations);
    return html`
      <header>
        <img src="${import.meta.env.BASE_URL}icons/icon.svg" alt="" />
        <div class="hall">
          <p class="brand">${terms.brand}</p>
          <h1>${kioskConfig.hallName[this.locale]}</h1>
        </div>
        <div class="settings" role="group" aria-label=${terms.displaySettings}>
          <div role="group" aria-label=${terms.language}>
            ${languageChoices.map(
              ({ locale, name }) => html`
                <button
                  class="button"
                  type="button"
                  lang=${locale}
                  aria-pressed=${this.locale === locale ? 'true' : 'false'}
                  @click=${() => this.chooseLanguage(locale)}
                >
                  ${name}
                </button>
              `,
            )}
          </div>
          <button
            class="button"
            type="button"
            role="switch"
            aria-checked=${this.largeText ? 'true' : 'false'}
            @click=${() => this.toggleLargeText()}
          >
            ${terms.largeText}
          </button>
        </div>
      </header>
      <main>
        <h2>${terms.trackHeading}</h2>
        <p class="steps">${terms.trackSteps}</p>
        <hy-qr-code
          value=${kioskConfig.trackingUrl}
          label=${terms.trackCodeLabel}
          size="320"
          error-correction="Q"
          hide-actions
        ></hy-qr-code>
        <p class="address">${terms.trackAddress}<code>${kioskConfig.trackingUrl}</code></p>
      </main>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('locale')) {
      document.title = this.localize(kioskHomeTranslations).documentTitle(kioskConfig.hallName[this.locale]);
    }
  }

  private chooseLanguage(locale: Locale): void {
    // The document's lang, not this element's: the page, its title and every element in it
    // switch together, and screen readers change voice.
    document.documentElement.lang = locale;
  }

  private toggleLargeText(): void {
    this.largeText = !this.largeText;
    document.documentElement.classList.toggle('large-text', this.largeText);
  }
}
