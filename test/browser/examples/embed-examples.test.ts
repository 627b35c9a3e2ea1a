import { expect } from 'chai';
import { storedWith } from '../support/backend.js';
import { waitUntil } from '../support/fixture.js';

interface Example {
  frame: HTMLIFrameElement;
  document: Document;
  violations: SecurityPolicyViolationEvent[];
  errors: string[];
}

/**
 * Open an embed example as a practice website would show it: served under the backend's strict
 * Content-Security-Policy with the built widget (see test/browser/server/widget-build.mjs), in an
 * iframe, noting every CSP violation and uncaught error. Resolves once every widget shows its form.
 */
async function open(path: string, widgets = 1): Promise<Example> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const violations: SecurityPolicyViolationEvent[] = [];
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
  await waitUntil(
    () =>
      Array.from(doc.querySelectorAll('yyg-feedback')).filter((el) => el.shadowRoot?.querySelector('form')).length ===
      widgets,
    `${path} shows ${widgets} form(s)`,
    10_000,
  );
  return { frame, document: doc, violations, errors };
}

function inside(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the widget`);
  return found;
}

/** Answer and send with the built widget, and resolve with the receipt it shows. */
async function sendFrom(el: Element, text: string): Promise<string> {
  inside(el, '#rating-good').click();
  const box = inside(el, '#good') as HTMLTextAreaElement;
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inside(el, 'button[type="submit"]').click();
  const receipt = await waitUntil(() => el.shadowRoot!.querySelector('[part="receipt"]'), 'the receipt shows', 10_000);
  return receipt.textContent!;
}

describe('embed examples, served under a strict CSP with the built widget', () => {
  let example: Example | undefined;
  afterEach(() => example?.frame.remove());

  it('strict CSP: the form loads, its chunks load, and feedback is sent, with no violation', async () => {
    example = await open('/examples/strict-csp/');
    const el = example.document.querySelector('yyg-feedback')!;
    const tag = `Sent under a strict CSP ${crypto.randomUUID()}`;
    const receipt = await sendFrom(el, tag);
    expect((await storedWith('C82001', tag))[0].receipt).to.equal(receipt);
    expect(example.violations.map((v) => `${v.effectiveDirective} ${v.blockedURI}`)).to.deep.equal([]);
    expect(example.errors).to.deep.equal([]);
    const loaded = example.frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      loaded.some((url) => /\/chunks\/deliver-[\w-]+\.js$/.test(url)),
      'the sending chunk loaded',
    ).to.equal(true);
  });

  it('plain HTML: the practice page works, and adds nothing to window but the element', async () => {
    example = await open('/examples/plain-html/');
    const before = new Set(Object.getOwnPropertyNames(window));
    const leaked = Object.getOwnPropertyNames(example.frame.contentWindow!).filter(
      (name) => !before.has(name) && !/^(?:__|webkit)/.test(name),
    );
    expect(leaked).to.deep.equal([]);
    const tag = `Sent from the plain page ${crypto.randomUUID()}`;
    await sendFrom(example.document.querySelector('yyg-feedback')!, tag);
    expect(example.violations).to.deep.equal([]);
  });

  it('two widgets and the script three times: no error, both forms independent and working', async () => {
    example = await open('/examples/two-widgets/', 2);
    const [first, second] = Array.from(example.document.querySelectorAll('yyg-feedback'));
    const tag = `Two on a page ${crypto.randomUUID()}`;
    await sendFrom(second, tag);
    expect(first.shadowRoot!.querySelector('[part="receipt"]')).to.equal(null);
    expect(await storedWith('C82003', tag)).to.have.length(1);
    expect(example.errors).to.deep.equal([]);
    expect(example.violations).to.deep.equal([]);
  });

  it('right to left: an Urdu page gets the Urdu form, laid out right to left', async () => {
    example = await open('/examples/right-to-left/');
    const el = example.document.querySelector('yyg-feedback')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"][lang="ur"][dir="rtl"]'), 'the form is in Urdu');
    expect(inside(el, 'button[type="submit"]').textContent).to.equal('رائے بھیجیں');
    expect(example.violations).to.deep.equal([]);
  });
});
