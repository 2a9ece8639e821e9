import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

const selected = designToken('rating-selected-color', 'var(--hy-color-primary, #b3261e)');

export const ratingStyles = css`
  :host {
    display: block;
  }

  [part~='levels'] {
    display: grid;
    gap: calc(${tokens.spacing} / 2);
  }

  @media (min-width: 32rem) {
    [part~='levels'] {
      grid-template-columns: repeat(3, 1fr);
    }
  }

  .level {
    position: relative;
  }

  .level input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }

  .choice {
    display: grid;
    gap: 0.15rem;
    min-height: ${tokens.touchTarget};
    padding: 0.6em 0.9em;
    border: 2px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
  }

  .choice .name {
    font-weight: 600;
  }

  .choice .hint {
    font-size: ${tokens.fontSizeSmall};
  }

  .level input:checked + .choice {
    border-color: ${selected};
    box-shadow: inset 0 0 0 1px ${selected};
  }

  .level input:disabled + .choice {
    opacity: 0.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.spacing} / 2);
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(${tokens.spacing} * 1.5);
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    color: ${tokens.colorText};
    background: ${tokens.colorSurface};
  }

  dialog h2 {
    margin: 0 0 ${tokens.spacing};
    font-size: 1.15em;
  }
`;
