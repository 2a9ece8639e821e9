import type { Building } from '@huying/sdk';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Combobox } from './combobox.js';
import { buildingOption } from './pickers.js';

/** The words of the place field, in the host's language. */
export interface PlaceTerms {
  building: string;
  buildingOptions: string;
  buildingHint: string;
  noBuilding: string;
  address: string;
  addressHint: string;
  useBuilding: string;
}

export interface PlacePickerOptions {
  /** A building was chosen from the suggestions. */
  select(building: Building): void;
  /**
   * Look up buildings matching `query` and pass them to `show`; the host runs the request, so a
   * failure is explained the way the rest of its look-ups are.
   */
  lookup(query: string, show: (buildings: Building[]) => void): void;
  /** The typed address changed (the host clears its error). */
  edited(): void;
}

/**
 * Where a case happened, before a building is chosen: a building found by name or address
 * (suggested after a pause in typing, so each key press is not a request), or, for a place that
 * is no registered building, an address typed in full. The resident's report form and the hotline
 * desk both ask this way; the host shows the chosen building itself.
 */
export class PlacePicker implements ReactiveController {
  private typing = false;
  private typed = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly box: Combobox<Building>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlacePickerOptions,
  ) {
    this.box = new Combobox<Building>(host, { id: 'building', render: buildingOption, select: (building) => options.select(building) });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The address typed instead of a building ('' while the building search shows). */
  get address(): string {
    return this.typing ? this.typed.trim() : '';
  }

  /** Back to the building search with nothing typed, for the next report. */
  clear(): void {
    clearTimeout(this.timer);
    this.typing = false;
    this.typed = '';
    this.box.close();
    this.host.requestUpdate();
  }

  private typeAddress(typing: boolean): void {
    this.typing = typing;
    this.host.requestUpdate();
  }

  private search(text: string): void {
    clearTimeout(this.timer);
    const query = text.trim();
    if (!query) {
      this.box.close();
      return;
    }
    this.timer = setTimeout(() => this.options.lookup(query, (buildings) => this.box.show(buildings)), 250);
  }

  /** The building search or the address box, with the button that switches between them. */
  render(terms: PlaceTerms, field: { invalid: boolean; autocomplete?: string }) {
    if (this.typing) {
      return html`<label for="address">${terms.address}</label>
        <input id="address" type="text" maxlength="300" autocomplete=${field.autocomplete ?? 'off'} .value=${this.typed}
          aria-invalid=${field.invalid ? 'true' : 'false'} aria-describedby="address-hint place-error"
          @input=${(event: Event) => ((this.typed = (event.target as HTMLInputElement).value), this.options.edited(), this.host.requestUpdate())} />
        <p id="address-hint" class="hint">${terms.addressHint}</p>
        <button class="link" type="button" @click=${() => this.typeAddress(false)}>${terms.useBuilding}</button>`;
    }
    return html`<label for="building">${terms.building}</label>
      ${this.box.field({ label: terms.buildingOptions, describedBy: 'building-hint place-error', invalid: field.invalid, onInput: (text) => this.search(text) })}
      <p id="building-hint" class="hint">${terms.buildingHint}</p>
      <button class="link" type="button" @click=${() => this.typeAddress(true)}>${terms.noBuilding}</button>`;
  }
}
