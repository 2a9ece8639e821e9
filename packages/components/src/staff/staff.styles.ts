import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

/** Badge colours: each pair keeps at least 4.5:1 contrast (WCAG AA). */
const running = designToken('deadline-running-color', '#0f5132');
const runningBackground = designToken('deadline-running-background', '#d1e7dd');
const nearing = designToken('deadline-nearing-color', '#664d03');
const nearingBackground = designToken('deadline-nearing-background', '#fff3cd');
const overdue = designToken('deadline-overdue-color', '#842029');
const overdueBackground = designToken('deadline-overdue-background', '#f8d7da');

/** What the staff elements share: headings, tables of cases, deadline badges, messages. */
export const staffStyles = css`
  :host {
    display: block;
  }

  h2,
  h3 {
    margin: ${tokens.spacing} 0 calc(${tokens.spacing} / 2);
    line-height: 1.3;
  }

  h2 {
    font-size: 1.2em;
  }

  h3 {
    font-size: 1.05em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(${tokens.spacing} / 2) ${tokens.spacing};
    margin-bottom: ${tokens.spacing};
  }

  .toolbar label {
    display: flex;
    flex-direction: column;
    font-size: ${tokens.fontSizeSmall};
    color: ${tokens.colorTextMuted};
  }

  select,
  input,
  textarea {
    font: inherit;
    min-height: ${tokens.touchTarget};
    padding: 0.3em 0.5em;
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: ${tokens.colorText};
  }

  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 0.4em 0.5em;
    border-bottom: 1px solid ${tokens.colorBorder};
    text-align: start;
    vertical-align: top;
  }

  th {
    font-size: ${tokens.fontSizeSmall};
    color: ${tokens.colorTextMuted};
    font-weight: 600;
  }

  .link {
    padding: 0;
    border: 0;
    background: none;
    color: ${tokens.colorPrimary};
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }

  .muted {
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
  }

  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    font-size: ${tokens.fontSizeSmall};
    font-weight: 600;
    white-space: nowrap;
    background: #e9ecef;
    color: #343a40;
  }

  .badge.running {
    background: ${runningBackground};
    color: ${running};
  }

  .badge.nearing {
    background: ${nearingBackground};
    color: ${nearing};
  }

  .badge.overdue {
    background: ${overdueBackground};
    color: ${overdue};
  }

  .error {
    color: ${tokens.colorDanger};
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
