import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { HyErrorEvent } from '../events/error-event.js';
import { fixture, removeFixtures } from '../test/fixture.js';
import { define } from './define.js';
import { HuyingElement } from './huying-element.js';
import { defineTranslations } from './locale.js';

const greetings = defineTranslations({
  'zh-CN': { greet: (name: string) => `你好，${name}` },
  en: { greet: (name: string) => `Hello, ${name}` },
});

class FragileElement extends HuyingElement {
  @property({ type: Boolean }) broken = false;

  protected override render() {
    if (this.broken) throw new Error('render exploded');
    return html`<p>${this.localize(greetings).greet('居民')}</p>`;
  }

  failLater(): void {
    this.guard('handler-failed', async () => {
      await Promise.resolve();
      throw new Error('handler exploded');
    });
  }
}
define('hy-test-fragile', FragileElement);

describe('HuyingElement', () => {
  afterEach(removeFixtures);

  it('turns a failing render into hy-error and keeps its last good DOM', async () => {
    const element = await fixture<FragileElement>(html`<hy-test-fragile lang="en"></hy-test-fragile>`);
    const errors: HyErrorEvent[] = [];
    element.addEventListener('hy-error', (event) => errors.push(event));

    element.broken = true;
    expect(await element.updateComplete).to.equal(true);

    expect(errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([['render-failed', 'render exploded']]);
    expect(element.shadowRoot!.textContent).to.contain('Hello, 居民');
  });

  it('turns a rejected handler into hy-error', async () => {
    const element = await fixture<FragileElement>(html`<hy-test-fragile></hy-test-fragile>`);
    const error = new Promise<HyErrorEvent>((resolve) => element.addEventListener('hy-error', resolve, { once: true }));
    element.failLater();
    const { detail } = await error;
    expect(detail.code).to.equal('handler-failed');
    expect(detail.cause).to.be.instanceOf(Error);
  });

  it('stops following lang once disconnected', async () => {
    const section = await fixture(html`<section lang="en"><hy-test-fragile></hy-test-fragile></section>`);
    const element = section.querySelector<FragileElement>('hy-test-fragile')!;
    element.remove();
    section.lang = 'zh-CN';
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.isUpdatePending).to.equal(false);
    expect(element.shadowRoot!.textContent).to.contain('Hello');
  });
});
