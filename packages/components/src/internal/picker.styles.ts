import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Choosing one thing: a text box with its suggestions (see combobox.ts), the choice once made
 * with a link-styled button to change it, and rows of radio buttons or checkboxes with a hint.
 */
export const pickerStyles = css`
  .combobox {
    position: relative;
  }

  .listbox {
    position: absolute;
    z-index: 2;
    left: 0;
    right: 0;
    max-height: 16rem;
    overflow-y: auto;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    background: ${tokens.colorSurface};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }

  .option {
    padding: 0.6em 0.75em;
    cursor: pointer;
  }

  .option.active,
  .option:hover {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }

  .option small {
    display: block;
    opacity: 0.85;
  }

  .chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.6em 0.75em;
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
  }

  .chosen p {
    margin: 0;
  }

  .link {
    min-height: ${tokens.touchTarget};
    padding: 0;
    border: 0;
    background: none;
    color: ${tokens.colorPrimary};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .link:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  .choices {
    display: grid;
    gap: 0.35rem;
  }

  .choice-row {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    min-height: ${tokens.touchTarget};
  }

  .choice-row input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15rem;
  }

  .choice-row .hint {
    display: block;
  }
`;
