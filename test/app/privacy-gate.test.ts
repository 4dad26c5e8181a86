import { describe, expect, it } from 'vitest';
import { agreePrivacy, askPrivacy, type PrivacyResolve, refusePrivacy, reportPrivacyShown } from '../../src/features/privacy/privacy-gate';

/** A gated call waiting on WeChat's resolve, recording what it was answered. */
function waitingCall() {
  const answers: Parameters<PrivacyResolve>[0][] = [];
  return { answers, resolve: ((option) => answers.push(option)) as PrivacyResolve };
}

describe('the privacy gate between WeChat and the sheet', () => {
  it('releases every waiting call with the agree button that was tapped', () => {
    const photo = waitingCall();
    const motion = waitingCall();
    askPrivacy(photo.resolve);
    askPrivacy(motion.resolve);
    reportPrivacyShown();
    agreePrivacy('privacy-agree-3');
    for (const call of [photo, motion]) {
      expect(call.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree-3' }]);
    }
  });

  it('answers disagree on 拒绝, and the next gated call asks again', () => {
    const first = waitingCall();
    askPrivacy(first.resolve);
    refusePrivacy();
    expect(first.answers).toEqual([{ event: 'disagree' }]);

    const again = waitingCall();
    askPrivacy(again.resolve);
    agreePrivacy('privacy-agree-1');
    expect(again.answers).toEqual([{ event: 'agree', buttonId: 'privacy-agree-1' }]);
    // An answered call is never answered twice.
    expect(first.answers).toHaveLength(1);
  });
});
