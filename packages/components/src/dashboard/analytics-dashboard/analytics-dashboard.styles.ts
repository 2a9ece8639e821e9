import { css } from 'lit';
import { tokens } from '../../internal/tokens.js';

export const analyticsDashboardStyles = css`
  :host {
    display: block;
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSizeBase};
    color: ${tokens.colorText};
  }
  h2 {
    margin: 0 0 calc(${tokens.spacing} / 2);
    color: ${tokens.colorPrimary};
  }
  .muted {
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }
  .error {
    color: ${tokens.colorDanger};
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spacing};
    align-items: end;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: ${tokens.fontSizeSmall};
  }
  input,
  select,
  button {
    font: inherit;
    padding: 0.3rem 0.5rem;
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: ${tokens.colorText};
  }
  button {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
    border-color: ${tokens.colorPrimary};
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid ${tokens.colorPrimary};
    outline-offset: 2px;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: ${tokens.spacing};
  }
  figure {
    margin: 0;
    padding: ${tokens.spacing};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    min-width: 0;
  }
  figure.wide {
    margin-top: ${tokens.spacing};
  }
  figcaption {
    font-weight: 600;
    margin-bottom: calc(${tokens.spacing} / 2);
  }
  svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
    font-size: ${tokens.fontSizeSmall};
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    vertical-align: middle;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: ${tokens.fontSizeSmall};
    margin-top: 0.5rem;
  }
  th,
  td {
    border: 1px solid #d0d0d0;
    padding: 0.2rem 0.45rem;
    text-align: end;
  }
  th[scope='row'] {
    text-align: start;
    font-weight: normal;
  }
`;
