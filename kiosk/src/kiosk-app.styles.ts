import { buttonStyles, hostStyles } from '@huying/components/internal/shared.styles';
import { tokens } from '@huying/components/internal/tokens';
import { css } from 'lit';

/**
 * A touch screen read standing at arm's length: 64 px targets (the root sets
 * `--hy-touch-target`, so the embedded elements follow), text no smaller than the root size,
 * black on white with the red only on filled buttons (white on #b3261e is 6.5:1), no state shown
 * by hover alone. The print rules turn the receipt into an 80 mm slip.
 */
export const kioskStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
      background: ${tokens.colorSurface};
    }

    .button {
      min-height: 4rem;
      padding: 0.5em 1.25em;
      border-width: 2px;
      font-size: 1.125rem;
      font-weight: 600;
    }

    /* No hover styling on a touch screen: a finger leaves buttons "hovered" after a tap. */
    .button:hover:not(:disabled) {
      background: ${tokens.colorSurface};
      color: ${tokens.colorPrimary};
    }

    .button.primary,
    .button.primary:hover:not(:disabled),
    .button[aria-pressed='true'],
    .button[aria-checked='true'] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
    }

    .button:active:not(:disabled) {
      transform: translateY(1px);
    }

    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${tokens.spacing};
      padding: 0.75rem 1.5rem;
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
      flex: 1 1 14rem;
    }

    .hall p {
      margin: 0;
    }

    .brand {
      letter-spacing: 0.05em;
    }

    .hall-name {
      font-size: 1.5rem;
      font-weight: 700;
      line-height: 1.25;
    }

    .settings,
    .settings [role='group'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    header .button {
      border-color: ${tokens.colorOnPrimary};
      background: transparent;
      color: ${tokens.colorOnPrimary};
    }

    header .button:hover:not(:disabled) {
      background: transparent;
      color: ${tokens.colorOnPrimary};
    }

    header .button[aria-pressed='true'],
    header .button[aria-checked='true'],
    header .button[aria-pressed='true']:hover,
    header .button[aria-checked='true']:hover {
      background: ${tokens.colorOnPrimary};
      color: ${tokens.colorPrimary};
    }

    header .button:focus-visible {
      outline-color: ${tokens.colorOnPrimary};
    }

    main {
      flex: 1;
      width: 100%;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1.5rem;
    }

    h1 {
      margin: 0 0 1rem;
      font-size: 2rem;
      line-height: 1.25;
    }

    h2 {
      margin: 1.25rem 0 0.5rem;
      font-size: 1.375rem;
    }

    h1:focus,
    h2:focus {
      outline: none;
    }

    p {
      margin: 0.5rem 0;
    }

    .lead {
      font-size: 1.25rem;
    }

    .hint {
      color: ${tokens.colorTextMuted};
    }

    .error {
      color: ${tokens.colorDanger};
      font-weight: 700;
    }

    .error:empty {
      display: none;
    }

    .banner {
      padding: 1rem;
      border: 2px solid ${tokens.colorText};
      border-radius: ${tokens.radius};
    }

    .progress {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }

    /* Attract screen: large, legible from across the hall, everything a target to start. */
    .attract {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      cursor: pointer;
    }

    .attract h1 {
      font-size: 2.75rem;
      margin: 0;
    }

    .figures dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 1rem;
      margin: 0;
    }

    .figures dl > div {
      padding: 1.25rem;
      border: 2px solid ${tokens.colorText};
      border-radius: ${tokens.radius};
    }

    .figures dt {
      font-weight: 600;
    }

    .figures dd {
      margin: 0.25rem 0 0;
      font-size: 3rem;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }

    .as-of {
      color: ${tokens.colorTextMuted};
    }

    .notice p {
      font-size: 1.5rem;
      min-height: 2.5em;
    }

    .start {
      align-self: center;
      min-height: 5rem;
      padding: 0.5em 2em;
      font-size: 1.5rem;
    }

    /* Big choices: the home screen and the category tiles. */
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 1rem;
      margin: 1rem 0;
    }

    .home-tiles {
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    }

    .tile {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      min-height: 9rem;
      padding: 1rem;
      border: 2px solid ${tokens.colorText};
      border-radius: calc(${tokens.radius} * 2);
      background: ${tokens.colorSurface};
      color: ${tokens.colorText};
      font: inherit;
      text-align: center;
      cursor: pointer;
    }

    .home-tiles .tile {
      min-height: 12rem;
    }

    .tile:focus-visible {
      outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
      outline-offset: ${tokens.focusRingOffset};
    }

    .tile:active {
      background: #f2f2f2;
    }

    .tile .icon {
      width: 3.5rem;
      height: 3.5rem;
      color: ${tokens.colorPrimary};
    }

    .tile-title {
      font-size: 1.375rem;
      font-weight: 700;
    }

    .tile-hint {
      color: ${tokens.colorTextMuted};
    }

    .chosen {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 600;
    }

    .chosen .icon {
      width: 2rem;
      height: 2rem;
      color: ${tokens.colorPrimary};
    }

    label {
      display: block;
      font-weight: 700;
      font-size: 1.125rem;
    }

    textarea {
      display: block;
      width: 100%;
      min-height: 10rem;
      padding: 0.75rem;
      border: 2px solid ${tokens.colorText};
      border-radius: ${tokens.radius};
      font: inherit;
      font-size: 1.25rem;
      color: inherit;
      background: ${tokens.colorSurface};
      -webkit-user-select: text;
      user-select: text;
    }

    textarea:focus-visible,
    input:focus-visible {
      outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
      outline-offset: ${tokens.focusRingOffset};
    }

    .phrases {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .chip {
      border-radius: 2rem;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1rem;
      margin-top: 1.5rem;
    }

    .actions .button {
      min-width: 10rem;
    }

    .review {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.75rem 1.5rem;
      margin: 0 0 1rem;
      font-size: 1.125rem;
    }

    .review dt {
      font-weight: 700;
    }

    .review dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .review .text {
      white-space: pre-wrap;
    }

    .link {
      min-height: 4rem;
      min-width: 4rem;
      margin-left: 0.5rem;
      padding: 0 0.75rem;
      border: 2px solid ${tokens.colorPrimary};
      border-radius: ${tokens.radius};
      background: ${tokens.colorSurface};
      color: ${tokens.colorPrimary};
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }

    .consent {
      display: flex;
      align-items: center;
      gap: 1rem;
      min-height: 4rem;
      padding: 0.5rem 1rem;
      border: 2px solid ${tokens.colorText};
      border-radius: ${tokens.radius};
      font-weight: 400;
      cursor: pointer;
    }

    .consent input {
      flex: none;
      width: 2.5rem;
      height: 2.5rem;
      margin: 0;
      accent-color: ${tokens.colorPrimary};
    }

    .setup input {
      display: block;
      width: 100%;
      min-height: 4rem;
      padding: 0 0.75rem;
      border: 2px solid ${tokens.colorText};
      border-radius: ${tokens.radius};
      font: inherit;
      font-size: 1.25rem;
      -webkit-user-select: text;
      user-select: text;
    }

    /* Receipt: the tracking code the largest thing on screen, the QR beside it. */
    .receipt-body {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2rem;
      margin: 1rem 0;
    }

    .receipt dl {
      margin: 0;
    }

    .receipt dt {
      font-weight: 600;
    }

    .receipt dd {
      margin: 0 0 0.75rem;
    }

    .code {
      font-size: 3rem;
      font-weight: 700;
      letter-spacing: 0.04em;
      font-variant-numeric: tabular-nums;
    }

    .secret {
      font-size: 2rem;
      font-weight: 700;
      letter-spacing: 0.1em;
      font-variant-numeric: tabular-nums;
    }

    .badge {
      display: inline-block;
      padding: 0.25rem 1rem;
      border: 2px solid ${tokens.colorText};
      border-radius: 2rem;
      font-weight: 700;
    }

    .print-only {
      display: none;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .ask hy-kb-search {
      display: block;
      margin-top: 1rem;
      font-size: 1.125rem;
    }

    .admin .count {
      font-size: 2rem;
      font-weight: 700;
    }

    .sent {
      padding-left: 1.25rem;
      font-variant-numeric: tabular-nums;
    }

    footer {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      padding: 0.75rem 1.5rem;
      border-top: 2px solid #d9d9d9;
    }

    .staff {
      border-color: ${tokens.colorTextMuted};
      color: ${tokens.colorText};
      font-weight: 400;
    }

    .staff:hover:not(:disabled) {
      color: ${tokens.colorText};
    }

    /* The idle countdown covers everything: the visitor either continues or the kiosk clears. */
    .overlay {
      position: fixed;
      inset: 0;
      display: grid;
      place-items: center;
      padding: 1rem;
      background: rgb(0 0 0 / 0.6);
    }

    .dialog {
      max-width: 36rem;
      padding: 2rem;
      border-radius: calc(${tokens.radius} * 2);
      background: ${tokens.colorSurface};
      text-align: center;
    }

    .dialog h2 {
      margin-top: 0;
      font-size: 1.75rem;
    }

    .countdown {
      font-size: 4rem;
      font-weight: 700;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }

    .refusal {
      text-align: center;
    }

    .refusal .detail {
      color: ${tokens.colorTextMuted};
    }

    @media print {
      header,
      footer,
      .actions,
      .overlay,
      .hint,
      .lead {
        display: none !important;
      }

      :host {
        min-height: 0;
      }

      main {
        max-width: none;
        padding: 0;
      }

      h1 {
        font-size: 14pt;
        margin: 0 0 4mm;
      }

      .receipt-body {
        display: block;
        margin: 0;
      }

      .code {
        font-size: 20pt;
      }

      .secret {
        font-size: 14pt;
      }

      .receipt hy-qr-code {
        display: block;
        width: 40mm;
        margin: 2mm auto;
      }

      .print-only {
        display: block;
        font-size: 9pt;
      }
    }
  `,
];
