import { css } from 'lit';
import { tokens } from '../../internal/tokens.js';

export const staffCaseStyles = css`
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem ${tokens.spacing};
  }

  .facts dt {
    color: ${tokens.colorTextMuted};
  }

  .facts dd {
    margin: 0;
  }

  .pre {
    white-space: pre-wrap;
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .timelines {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: ${tokens.spacing};
  }

  .timeline {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  .timeline li {
    margin-bottom: calc(${tokens.spacing} / 2);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.spacing} / 2);
    padding: ${tokens.spacing};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
  }

  form label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }

  form label.inline {
    flex-direction: row;
    align-items: center;
  }

  .button.primary {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }
`;
