import { expect } from 'chai';
import { html } from 'lit';
import type { Strings, TranslationSource } from '../../../widget/src/i18n/en.js';
import { LANGUAGES, loadStrings, type LanguageCode } from '../../../widget/src/i18n/languages.js';
import { expectAccessible } from '../support/axe.js';
import { storedWith } from '../support/backend.js';
import { fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import { CUSTOM, setUpCustomPractice } from '../support/practices.js';
import { $, choose, fill, part, send, widget, type Submitted } from '../support/widget.js';

const CODES = Object.keys(LANGUAGES) as LanguageCode[];
const RTL = ['ar', 'ur'];

/** Every string in a strings object, nested ones included, with its key. */
function leaves(value: unknown, key = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[key, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
}

/** The widget's base element: where `lang` and `dir` go. */
const base = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('<yyg-feedback> languages', () => {
  before(setUpCustomPractice);
  afterEach(fixtureCleanup);

  it('has English and at least ten other languages, each complete and flagged for review', async () => {
    expect(CODES).to.include.members(['en', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'bn', 'gu', 'ar']);
    expect(CODES.length).to.be.at.least(11);
    // Plural forms differ by language (see the check below), so the count's keys are left out here.
    const keys = (strings: Strings) =>
      leaves(strings)
        .map(([key]) => key)
        .filter((key) => !key.startsWith('charactersRemaining.'))
        .sort();
    const english = keys(await loadStrings('en'));
    for (const code of CODES) {
      const strings = await loadStrings(code);
      expect(keys(strings), code).to.deep.equal(english);
      for (const [key, text] of leaves(strings)) expect(text, `${code} ${key}`).to.be.a('string').and.not.equal('');
      expect(strings.lang).to.equal(code);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      expect(strings.charactersRemaining, `${code} plural forms`).to.include.keys(categories);
      expect(strings.dir).to.equal(RTL.includes(code) ? 'rtl' : 'ltr');
      if (code === 'en') continue;
      const { about } = (await import(`../../../widget/src/i18n/${code}.ts`)) as { about: TranslationSource };
      expect(about, code).to.deep.equal({
        reviewed: false,
        source: 'machine-assisted draft by the project team, needs native-speaker review',
      });
    }
  });

  for (const code of CODES) {
    it(`renders every part in ${LANGUAGES[code]} (${code}), with lang and dir set, and passes axe`, async () => {
      const strings: Strings = await loadStrings(code);
      const el = await widget(html`<yyg-feedback practice=${CUSTOM} lang=${code}></yyg-feedback>`);
      await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
      $(el, '#consent').click();
      await waitUntil(() => part(el, 'input'), 'the contact fields show');
      expect(base(el).getAttribute('lang')).to.equal(code);
      expect(base(el).getAttribute('dir')).to.equal(strings.dir);
      expect($(el, 'legend').textContent).to.equal(strings.question);
      expect($(el, 'label[for="better"]').textContent?.trim()).to.equal(`${strings.better} ${strings.optional}`);
      expect($(el, 'label[for="email"]').textContent).to.equal(strings.email);
      expect(part(el, 'about-you')!.querySelector('h2')!.textContent).to.equal(strings.aboutTitle);
      expect(el.shadowRoot!.textContent).to.not.match(/undefined|\{\w+\}/);
      await expectAccessible(el, `${code} form`);
    });
  }

  it("follows the page's language, and the element's own lang attribute over it", async () => {
    document.documentElement.lang = 'pl-PL';
    try {
      const el = await widget();
      await waitUntil(() => base(el).getAttribute('lang') === 'pl', 'the widget speaks Polish');
      expect($(el, 'button[type="submit"]').textContent).to.equal('Wyślij opinię');
      const forced = await widget(html`<yyg-feedback practice="C82001" lang="ro"></yyg-feedback>`);
      await waitUntil(() => base(forced).getAttribute('lang') === 'ro', 'the forced one speaks Romanian');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('lists every language in its own name in a labelled picker, and switches, keeping the answers', async () => {
    const el = await widget();
    const picker = $(el, 'select') as HTMLSelectElement;
    expect(picker.labels![0].textContent).to.equal('Language');
    const options = Array.from(picker.options, (o) => [o.value, o.lang, o.textContent]);
    expect(options).to.deep.equal(CODES.map((code) => [code, code, LANGUAGES[code]]));
    choose(el, 'good');
    picker.value = 'ur';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => base(el).getAttribute('dir') === 'rtl', 'the widget turns right to left');
    expect(base(el).getAttribute('lang')).to.equal('ur');
    expect(($(el, '#rating-good') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, 'select') as HTMLSelectElement).value).to.equal('ur');
    await expectAccessible(el, 'right-to-left (ur)');
  });

  it('sends the chosen language with the feedback, and confirms in it', async () => {
    const el = await widget(html`<yyg-feedback practice="C82001" lang="es"></yyg-feedback>`);
    const tag = crypto.randomUUID();
    choose(el, 'very-good');
    await fill(el, 'good', `Muy amables ${tag}`);
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    await submitted;
    const confirmation = await waitUntil(() => part(el, 'confirmation'), 'the confirmation shows');
    expect(confirmation.querySelector('h2')!.textContent).to.equal('Gracias, su opinión se ha enviado');
    expect((await storedWith('C82001', tag))[0].language).to.equal('es');
  });

  it('is accessible right to left inside a right-to-left page', async () => {
    const page = document.createElement('div');
    page.lang = 'ar';
    page.dir = 'rtl';
    document.body.append(page);
    try {
      const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
      page.append(el.parentElement!);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="base"][dir="rtl"]'), 'it is laid out right to left');
      await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
      expect(getComputedStyle(part(el, 'notice')!).borderRightWidth).to.equal('8px');
      await expectAccessible(el, 'right-to-left page (ar)');
    } finally {
      page.remove();
    }
  });
});
