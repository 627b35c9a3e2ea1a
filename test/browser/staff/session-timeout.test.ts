import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../moderation-ui/src/app/define.js';
import type { YygSessionTimeout } from '../../../moderation-ui/src/app/session-timeout.component.js';
import { expectAccessible } from '../support/axe.js';
import { oneEvent, waitUntil } from '../support/fixture.js';

/** A warning element with a short idle time: warned after about 2 s, timed out after about 5 s. */
async function mount(fields: Partial<Pick<YygSessionTimeout, 'idleMs' | 'endsAt'>>): Promise<YygSessionTimeout> {
  const el = document.createElement('yyg-session-timeout');
  Object.assign(el, { idleMs: 8000, endsAt: 0, lastActivity: Date.now(), ...fields });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const dialogOf = (el: YygSessionTimeout) => el.shadowRoot!.querySelector('dialog')!;

describe('staff app: session time-out warning (WCAG 2.2.1)', () => {
  afterEach(() => document.querySelectorAll('yyg-session-timeout').forEach((el) => el.remove()));

  it('warns before the idle time-out, and "Stay signed in" by keyboard keeps the session', async () => {
    const el = await mount({});
    expect(dialogOf(el).open).to.equal(false);
    await waitUntil(() => dialogOf(el).open, 'the warning opens', 5000);
    expect(dialogOf(el).textContent).to.contain('You will be signed out soon');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Stay signed in');
    await expectAccessible(el, 'idle warning');
    const stay = oneEvent(el, 'yyg-stay');
    await sendKeys({ press: 'Enter' });
    await stay;
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
  });

  it('tells the app the session ended when nobody answers', async () => {
    const el = await mount({});
    const ended = oneEvent(el, 'yyg-timed-out');
    await ended;
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
  });

  it('keeps the session on Escape, and warns about the absolute end with the time it comes', async () => {
    const idle = await mount({});
    await waitUntil(() => dialogOf(idle).open, 'the warning opens', 5000);
    const stay = oneEvent(idle, 'yyg-stay');
    await sendKeys({ press: 'Escape' });
    await stay;
    idle.remove();

    const end = await mount({ idleMs: 60 * 60_000, endsAt: Date.now() + 5 * 60_000 + 1000 });
    await waitUntil(() => dialogOf(end).open, 'the end-of-session warning opens', 5000);
    expect(dialogOf(end).textContent)
      .to.contain('Your session ends soon')
      .and.match(/\d\d:\d\d at the latest/);
    await expectAccessible(end, 'absolute end warning');
    await sendKeys({ press: 'Enter' });
    await end.updateComplete;
    expect(dialogOf(end).open).to.equal(false);
  });
});
