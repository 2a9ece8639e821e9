import { css } from 'lit';
import { designToken, tokens } from '../internal/tokens.js';

// Also written as fill attributes on the SVG, so that a copy taken without our styles
// (a serialised file, a print frame) still reads as a code.
export const defaultDarkColor = '#000000';
export const defaultLightColor = '#ffffff';

const qrCodeColorDark = designToken('qr-code-color-dark', defaultDarkColor);
const qrCodeColorLight = designToken('qr-code-color-light', defaultLightColor);

export const qrCodeStyles = css`
  :host {
    display: inline-block;
  }

  [part~='base'] {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    gap: ${tokens.spacing};
    max-width: 100%;
  }

  [part~='code'] {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .light {
    fill: ${qrCodeColorLight};
  }

  .dark {
    fill: ${qrCodeColorDark};
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(${tokens.spacing} / 2);
  }

  [part~='message'] {
    margin: 0;
    padding: ${tokens.spacing};
    border: 1px dashed ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    color: ${tokens.colorTextMuted};
    font-size: ${tokens.fontSizeSmall};
    text-align: center;
  }

  [part~='message'].too-long {
    border-color: ${tokens.colorDanger};
    color: ${tokens.colorDanger};
  }
`;
