/** Reading server-sent event streams in tests. */

export interface ServerSentEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: string;
}

/** Reads a server-sent event stream, one event or comment at a time. */
export class EventReader {
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = '';
  constructor(readonly response: Response) {
    this.#reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  }
  async next(): Promise<ServerSentEvent | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        const event: ServerSentEvent = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) event.comment = line.slice(1).trim();
          else {
            const [field, ...rest] = line.split(': ');
            (event as Record<string, string>)[field!] = rest.join(': ');
          }
        }
        return event;
      }
      const { value, done } = await this.#reader.read();
      if (done) return null;
      this.#buffer += value;
    }
  }
  /** The next event that is not a comment or a bare `retry`. */
  async nextEvent(): Promise<ServerSentEvent | null> {
    for (;;) {
      const event = await this.next();
      if (!event || event.event) return event;
    }
  }
  close() {
    return this.#reader.cancel();
  }
}
