export interface PrintAloneOptions {
  /** The printed document's title, which browsers put in the page header. */
  readonly title: string;
  readonly lang: string;
  /** Style rules for the printed document; the content is centred on the page. */
  readonly css?: string;
}

/**
 * Prints `content` on its own, through a hidden frame. A frame rather than a print
 * stylesheet because an element cannot hide the host page's content from inside its shadow
 * root without leaking CSS into the page, and rather than a new window because kiosks and
 * popup blockers refuse windows.
 */
export function printAlone(content: Node, { title, lang, css = '' }: PrintAloneOptions): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Zero size but not display:none, which makes some browsers print a blank page.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  document.body.append(frame);

  const printWindow = frame.contentWindow;
  const printDocument = frame.contentDocument;
  if (!printWindow || !printDocument) {
    frame.remove();
    throw new Error('The browser did not allow a print frame.');
  }
  printDocument.documentElement.lang = lang;
  printDocument.title = title;
  const style = printDocument.createElement('style');
  style.textContent = `
    @page { margin: 15mm; }
    html, body { height: 100%; margin: 0; }
    body { display: grid; place-items: center; font-family: system-ui, sans-serif; }
    ${css}
  `;
  printDocument.head.append(style);
  printDocument.body.append(printDocument.importNode(content, true));

  // Chromium's print() returns after the dialog closes and Safari's at once, but both fire
  // afterprint when printing is over.
  printWindow.addEventListener('afterprint', () => frame.remove(), { once: true });
  printWindow.focus();
  printWindow.print();
}
