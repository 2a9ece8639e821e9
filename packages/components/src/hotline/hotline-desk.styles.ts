import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

export const hotlineDeskStyles = css`
  :host {
    display: block;
    max-width: 64rem;
  }

  h2 {
    margin: 0 0 ${tokens.spacing};
    font-size: 1.25em;
  }

  h3 {
    margin: 0 0 0.35rem;
    font-size: 1.05em;
  }

  /* Two columns on a desk's wide screen: who called on the left, what about on the right. */
  @media (min-width: 48rem) {
    .columns {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: calc(${tokens.spacing} * 2);
    }
  }

  .kinds {
    grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
  }

  .number,
  .code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.03em;
  }

  .history:empty {
    display: none;
  }

  .history {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid ${tokens.colorBorder};
  }

  .history.repeat {
    border-inline-start-color: ${tokens.colorPrimary};
  }

  .history p {
    margin: 0;
  }

  .history .count {
    font-weight: 600;
  }

  .history .count .hint {
    display: block;
    font-weight: normal;
  }

  .earlier,
  .cited {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.2em;
  }

  .earlier li + li {
    margin-top: 0.35rem;
  }

  .cited li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .answer {
    margin: ${tokens.spacing} 0;
    padding: ${tokens.spacing};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
  }

  .answer hy-kb-search {
    margin: ${tokens.spacing} 0;
  }

  .receipt dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
    margin: 0 0 ${tokens.spacing};
  }

  .receipt dt {
    font-weight: 600;
  }

  .receipt dd {
    margin: 0;
  }

  .tracking-code {
    font-size: 1.5em;
    font-weight: 700;
  }

  #receipt-title:focus,
  [part~='message']:focus {
    outline: ${tokens.focusRingWidth} solid ${tokens.focusRingColor};
    outline-offset: ${tokens.focusRingOffset};
  }
`;
