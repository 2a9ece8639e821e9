import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { fixture, removeFixtures } from '../test/fixture.js';
import { inheritedLang, matchLocale } from './locale.js';

describe('matchLocale', () => {
  it('reads any Chinese tag as zh-CN and any English tag as en', () => {
    expect(['zh', 'zh-CN', 'zh-Hans-CN', 'zh_TW', 'ZH-cn'].map(matchLocale)).to.deep.equal(Array(5).fill('zh-CN'));
    expect(['en', 'en-US', 'en-GB', 'EN'].map(matchLocale)).to.deep.equal(Array(4).fill('en'));
  });

  it('falls back to zh-CN for a missing, empty or unsupported language', () => {
    expect([null, undefined, '', 'fr', 'ug-CN'].map(matchLocale)).to.deep.equal(Array(5).fill('zh-CN'));
  });
});

describe('inheritedLang', () => {
  afterEach(removeFixtures);

  it('takes the element’s own lang before its ancestors’', async () => {
    const section = await fixture(html`<section lang="en"><p><span lang="zh-CN"></span><em></em></p></section>`);
    expect(inheritedLang(section.querySelector('span')!)).to.equal('zh-CN');
    expect(inheritedLang(section.querySelector('em')!)).to.equal('en');
  });

  it('looks through shadow roots to the hosts above them', async () => {
    const outer = await fixture(html`<div lang="en"><div></div></div>`);
    const inner = outer.firstElementChild!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p><b></b></p>';
    expect(inheritedLang(inner.querySelector('b')!)).to.equal('en');
  });

  it('is null when no lang is declared anywhere above', async () => {
    const lone = await fixture(html`<p></p>`);
    expect(inheritedLang(lone)).to.equal(null);
  });
});
