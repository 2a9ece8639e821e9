import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

const statusBackground = designToken('case-tracker-status-background', '#fdecea');
const statusColor = designToken('case-tracker-status-color', '#8c1d18');
const lineColor = designToken('case-tracker-line-color', 'var(--hy-color-border, #8c8c8c)');

export const caseTrackerStyles = css`
  :host {
    display: block;
  }

  h2,
  h3 {
    margin: calc(${tokens.spacing} * 1.5) 0 ${tokens.spacing};
    line-height: 1.3;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  [part~='lookup'] .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.spacing} / 2);
  }

  [part~='status'] {
    display: inline-block;
    margin: 0;
    padding: 0.2em 0.7em;
    border-radius: 999px;
    background: ${statusBackground};
    color: ${statusColor};
    font-weight: 600;
  }

  [part~='summary'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem ${tokens.spacing};
    margin: ${tokens.spacing} 0;
  }

  [part~='summary'] dt {
    color: ${tokens.colorTextMuted};
  }

  [part~='summary'] dd {
    margin: 0;
  }

  [part~='timeline'] {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.1rem;
    border-left: 2px solid ${lineColor};
  }

  [part~='timeline'] li {
    position: relative;
    margin: 0 0 calc(${tokens.spacing} * 1.25);
  }

  [part~='timeline'] li::before {
    content: '';
    position: absolute;
    left: calc(-1.1rem - 6px);
    top: 0.45em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: ${tokens.colorSurface};
    border: 2px solid ${lineColor};
  }

  [part~='timeline'] li:last-child::before {
    background: ${tokens.colorPrimary};
    border-color: ${tokens.colorPrimary};
  }

  time {
    display: block;
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }

  .what {
    margin: 0.1rem 0 0;
    font-weight: 600;
  }

  blockquote {
    margin: 0.35rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid ${tokens.colorBorder};
    background: ${tokens.colorSurface};
    white-space: pre-line;
  }

  .description {
    white-space: pre-line;
  }

  [part~='attachments'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  [part~='attachments'] img {
    display: block;
    width: 6rem;
    height: 6rem;
    object-fit: cover;
    border-radius: ${tokens.radius};
    border: 1px solid ${tokens.colorBorder};
  }

  a {
    color: ${tokens.colorPrimary};
  }

  a:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  [part~='live-status'] {
    margin: ${tokens.spacing} 0 0;
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }
`;
