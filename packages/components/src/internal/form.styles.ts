import { css } from 'lit';
import { tokens } from './tokens.js';

/** Fields, messages and sections shared by the resident elements' forms. Mobile first: one column. */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.35rem;
    margin: 0 0 calc(${tokens.spacing} * 1.5);
  }

  label,
  legend,
  .label {
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }

  input[type='text'],
  input[type='tel'],
  input[type='search'],
  input[type='date'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: ${tokens.touchTarget};
    padding: 0.5em 0.75em;
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: inherit;
    font: inherit;
  }

  textarea {
    min-height: 7em;
    resize: vertical;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  input[type='radio']:focus-visible + .choice,
  input[type='checkbox']:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  [aria-invalid='true'] {
    border-color: ${tokens.colorDanger};
  }

  .error {
    margin: 0;
    color: ${tokens.colorDanger};
    font-size: ${tokens.fontSizeSmall};
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }

  fieldset {
    margin: 0 0 calc(${tokens.spacing} * 1.5);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: 0.35rem;
  }

  .banner {
    margin: 0 0 ${tokens.spacing};
    padding: ${tokens.spacing};
    border-radius: ${tokens.radius};
    border: 1px solid ${tokens.colorBorder};
  }

  .banner.danger {
    border-color: ${tokens.colorDanger};
    color: ${tokens.colorDanger};
  }

  .button.primary {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }

  .button.primary:hover:not(:disabled) {
    filter: brightness(0.92);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
