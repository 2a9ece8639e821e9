import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';
import { pickerStyles } from '../internal/picker.styles.js';

const sectionBackground = designToken('report-form-section-background', 'transparent');

export const reportFormStyles = [
  pickerStyles,
  css`
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
`,
];
