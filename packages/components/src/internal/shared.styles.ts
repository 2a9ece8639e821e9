import { css } from 'lit';
import { tokens } from './tokens.js';

/** What every element's shadow root starts from. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSizeBase};
    line-height: 1.5;
    color: ${tokens.colorText};
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: ${tokens.touchTarget};
    min-height: ${tokens.touchTarget};
    padding: 0.4em 1em;
    border: 1px solid ${tokens.colorPrimary};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: ${tokens.colorPrimary};
    font: inherit;
    cursor: pointer;
  }

  .button:hover:not(:disabled) {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }

  .button:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  .button:disabled {
    border-color: ${tokens.colorBorder};
    color: ${tokens.colorTextMuted};
    cursor: not-allowed;
  }
`;
