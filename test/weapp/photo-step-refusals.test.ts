import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { draft } from '../server/support/nominations';
import { attr, byText, tap } from './support/miniprogram';
import { launch } from './support/session';
import { answer, type Outcome } from './support/strict-wx';
import { goToStep, toldSince } from './support/wizard';

// Issue 13, "Bad input": a refused permission or a cancelled picker ends in a Chinese message and a state
// the person can continue from. These hold the app to it for chooseMedia on the photo step.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await draft(h, 'contact-district-fengtai');
});
afterAll(() => h.close());

const cases: [string, Outcome][] = [
  ['cancelled in the picker', answer.cancel('chooseMedia')],
  ['refused by the privacy gate (errno 112)', answer.privacyRefused('chooseMedia')],
  ['failing otherwise', answer.fail('chooseMedia', 'system error', 1)],
];

describe('the photo step when chooseMedia does not deliver', () => {
  it.each(cases)('%s: a Chinese message, nothing uncaught, and the button works again', async (_, outcome) => {
    const s = launch(h, { userId: 'contact-district-fengtai' });
    let answers = 0;
    s.wx.script('chooseMedia', () => {
      answers++;
      return outcome;
    });
    const page = await s.open('pages/nominate/index');
    await goToStep(page, 5);
    const before = { text: page.text(), ui: s.wx.ui.length };
    await tap(byText(page, 'button', '拍摄或选择工作照'));
    expect(answers).toBe(1);
    expect(toldSince(s, page, before)).not.toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
    // Not stuck: still on the photo step, the button enabled, and a second tap asks again.
    const button = byText(page, 'button', '拍摄或选择工作照');
    expect(attr(button, 'disabled')).not.toBe(true);
    await tap(button);
    expect(answers).toBe(2);
  });
});
