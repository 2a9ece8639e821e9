import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

const markBackground = designToken('kb-search-mark-background', '#fff1a8');

export const kbSearchStyles = css`
  :host {
    display: block;
  }

  form {
    display: grid;
    gap: 0.35rem;
  }

  .search-row {
    display: flex;
    gap: 0.5rem;
  }

  .search-row input {
    flex: 1;
  }

  .button.primary {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }

  details {
    margin: 0.25rem 0;
  }

  summary {
    min-height: ${tokens.touchTarget};
    display: flex;
    align-items: center;
    cursor: pointer;
    color: ${tokens.colorPrimary};
    font-weight: 600;
  }

  summary:focus-visible,
  .link:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  .filters {
    display: grid;
    gap: ${tokens.spacing};
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    padding: ${tokens.spacing} 0;
  }

  .filters .field {
    margin: 0;
  }

  .dates {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: ${tokens.touchTarget};
  }

  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }

  .status {
    margin: ${tokens.spacing} 0 0;
    color: ${tokens.colorTextMuted};
  }

  .status:empty {
    display: none;
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .result {
    padding: ${tokens.spacing} 0;
    border-bottom: 1px solid ${tokens.colorBorder};
  }

  .title {
    margin: 0 0 0.25rem;
    font-size: 1.1em;
  }

  .link {
    display: inline;
    min-height: ${tokens.touchTarget};
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: ${tokens.colorPrimary};
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .meta {
    margin: 0 0 0.25rem;
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: ${tokens.radius};
  }

  .badge.superseded {
    color: ${tokens.colorDanger};
  }

  .snippet {
    margin: 0.25rem 0;
  }

  .number {
    font-weight: 600;
  }

  mark {
    background: ${markBackground};
    color: inherit;
  }

  .other-hits ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .other-hits li {
    margin: 0.5rem 0;
  }

  .cite {
    margin: 0.25rem 0;
    min-height: calc(${tokens.touchTarget} * 0.8);
    font-size: ${tokens.fontSizeSmall};
  }

  .cite[aria-pressed='true'] {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }

  .tick {
    font-weight: 700;
  }

  .more {
    margin-top: ${tokens.spacing};
  }

  .reader h2 {
    margin: ${tokens.spacing} 0 0.25rem;
    font-size: 1.25em;
  }

  .provision {
    padding: 0.5rem 0;
    border-bottom: 1px dashed ${tokens.colorBorder};
  }

  .provision p {
    margin: 0.25rem 0;
  }

  .headings {
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }

  .neighbours {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: ${tokens.spacing};
  }

  .guide {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: ${tokens.spacing} 0;
  }

  .guide dt {
    font-weight: 600;
  }

  .guide dd {
    margin: 0;
  }

  .guide ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .suggestions {
    margin: ${tokens.spacing} 0 0;
    font-size: 1.1em;
  }
`;
