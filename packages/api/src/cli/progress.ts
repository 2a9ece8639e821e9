/**
 * A one-line progress bar on stderr for long CLI jobs (seeding, imports, signage). On a terminal it
 * redraws in place; in a log (CI, pipes) it prints a line every 10 % so logs stay short.
 */
export class ProgressBar {
  readonly #label: string;
  readonly #stream: NodeJS.WriteStream;
  readonly #started = Date.now();
  #lastDecile = -1;

  constructor(label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.#label = label;
    this.#stream = stream;
  }

  update(done: number, total: number): void {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const seconds = ((Date.now() - this.#started) / 1000).toFixed(1);
    const text = `${this.#label} ${done}/${total} (${Math.round(fraction * 100)}%) ${seconds}s`;
    if (this.#stream.isTTY) {
      const width = 24;
      const filled = Math.round(fraction * width);
      this.#stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`);
      if (fraction === 1) this.#stream.write('\n');
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== this.#lastDecile) {
      this.#lastDecile = decile;
      this.#stream.write(`${text}\n`);
    }
  }
}
