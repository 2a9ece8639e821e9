import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

const sectionBackground = designToken('report-form-section-background', 'transparent');

export const reportFormStyles = css`
  :host {
    display: block;
    max-width: 40rem;
  }

  h2 {
    margin: 0 0 ${tokens.spacing};
    font-size: 1.25em;
  }

  h3 {
    margin: 0 0 0.35rem;
    font-size: 1.05em;
  }

  section,
  fieldset.block {
    background: ${sectionBackground};
  }

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

  @media (min-width: 36rem) {
    .kinds {
      grid-template-columns: 1fr 1fr;
    }
  }

  .count {
    text-align: end;
  }

  [part~='photos'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }

  [part~='photos'] li {
    display: grid;
    gap: 0.25rem;
    font-size: ${tokens.fontSizeSmall};
  }

  [part~='photos'] img {
    width: 100%;
    aspect-ratio: 1;
    object-fit: cover;
    border-radius: ${tokens.radius};
    border: 1px solid ${tokens.colorBorder};
  }

  [part~='photos'] .button {
    min-width: 0;
    padding: 0.25em 0.5em;
  }

  [part~='similar'] {
    margin: 0 0 calc(${tokens.spacing} * 1.5);
    padding: ${tokens.spacing};
    border: 2px solid ${tokens.colorPrimary};
    border-radius: ${tokens.radius};
  }

  [part~='similar'] ul {
    display: grid;
    gap: ${tokens.spacing};
    margin: ${tokens.spacing} 0 0;
    padding: 0;
    list-style: none;
  }

  [part~='similar'] li p {
    margin: 0 0 0.35rem;
  }

  .receipt dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5rem ${tokens.spacing};
    align-items: center;
    margin: ${tokens.spacing} 0;
  }

  .receipt dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .receipt .value {
    font-size: 1.35em;
    font-weight: 700;
    letter-spacing: 0.05em;
    font-variant-numeric: tabular-nums;
  }

  .receipt h2:focus {
    outline: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.spacing} / 2);
    align-items: center;
  }

  details {
    margin: 0.35rem 0 0;
  }

  summary {
    cursor: pointer;
    color: ${tokens.colorPrimary};
    min-height: ${tokens.touchTarget};
    display: flex;
    align-items: center;
  }

  summary:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
  }

  a {
    color: ${tokens.colorPrimary};
  }
`;
