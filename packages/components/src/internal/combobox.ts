import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface ComboboxOptions<T> {
  /** Unique within the shadow root: the listbox and options take their ids from it. */
  id: string;
  /** What an option shows. */
  render(option: T): TemplateResult | string;
  /** The option was chosen (Enter or a click). */
  select(option: T): void;
}

/**
 * The ARIA 1.2 combobox pattern for a text box with a list of suggestions: the input keeps the
 * focus while arrow keys move through the options (aria-activedescendant), Enter picks, Escape
 * closes. The host renders `field()` where the text box goes (or its own input with these
 * attributes, and `list()` after it).
 */
export class Combobox<T> implements ReactiveController {
  options: T[] = [];
  active = -1;
  expanded = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: ComboboxOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  show(options: T[]): void {
    this.options = options;
    this.active = -1;
    this.expanded = options.length > 0;
    this.host.requestUpdate();
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private optionId(index: number): string {
    return `${this.config.id}-option-${index}`;
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      this.expanded = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
      this.host.requestUpdate();
    } else if (event.key === 'Enter' && this.expanded && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active);
    } else if (event.key === 'Escape' && this.expanded) {
      event.preventDefault();
      this.close();
    }
  };

  private pick(index: number): void {
    const option = this.options[index];
    if (option === undefined) return;
    this.close();
    this.config.select(option);
  }

  /** Spread onto the input with Lit's attribute bindings. */
  get activeDescendant(): string | typeof nothing {
    return this.expanded && this.active >= 0 ? this.optionId(this.active) : nothing;
  }

  get listId(): string {
    return `${this.config.id}-listbox`;
  }

  list(label: string) {
    if (!this.expanded) return nothing;
    return html`<ul class="listbox" id=${this.listId} role="listbox" aria-label=${label}>
      ${this.options.map(
        (option, index) => html`<li
          id=${this.optionId(index)}
          role="option"
          class=${index === this.active ? 'option active' : 'option'}
          aria-selected=${index === this.active ? 'true' : 'false'}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => this.pick(index)}
        >${this.config.render(option)}</li>`,
      )}
    </ul>`;
  }

  /**
   * The text box and its suggestions. `describedBy` names the hint and error ids beside it;
   * `onInput` gets the text as typed (the host looks suggestions up and calls `show`).
   */
  field(options: { label: string; describedBy: string; invalid?: boolean; onInput: (text: string) => void; onFocus?: (text: string) => void }): TemplateResult {
    const text = (event: Event) => (event.target as HTMLInputElement).value;
    return html`<div class="combobox">
      <input id=${this.config.id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
        aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${this.listId} aria-activedescendant=${this.activeDescendant}
        aria-invalid=${options.invalid ? 'true' : 'false'} aria-describedby=${options.describedBy}
        @focus=${options.onFocus ? (event: Event) => options.onFocus!(text(event)) : nothing}
        @input=${(event: Event) => options.onInput(text(event))}
        @keydown=${this.keydown} @blur=${() => this.close()} />
      ${this.list(options.label)}
    </div>`;
  }
}
