import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  PRIVACY_GUIDE_NAME,
  PRIVACY_SHEET_INTRO,
  PRIVACY_SHEET_TITLE,
  PRIVACY_STORAGE,
  privacySheetLines,
} from '../../../domain/privacy/privacy-guide';
import { AppButton } from '../../components/app-button';
import { agreePrivacy, refusePrivacy, reportPrivacyShown, usePrivacyPending } from './privacy-gate';
import { openPrivacyGuide } from './privacy-links';

let sheets = 0;

/**
 * The privacy sheet, mounted once per page: it appears when a gated call (camera, album, clipboard, motion)
 * waits for consent, says what is collected and why, and answers WeChat with 同意 or 拒绝.
 */
export function PrivacySheet() {
  const pending = usePrivacyPending();
  // Each page's sheet has its own agree button id: Taro keys events by id across all open pages.
  const [buttonId] = useState(() => `privacy-agree-${++sheets}`);
  useEffect(() => {
    if (pending) reportPrivacyShown();
  }, [pending]);
  if (!pending) return null;
  return (
    <View className='privacy-sheet'>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>{PRIVACY_SHEET_TITLE}</Text>
        <Text className='privacy-sheet__intro'>{PRIVACY_SHEET_INTRO}</Text>
        {privacySheetLines().map((line) => (
          <Text key={line} className='privacy-sheet__item'>
            · {line}
          </Text>
        ))}
        <Text className='privacy-sheet__item'>{PRIVACY_STORAGE}</Text>
        <Text className='privacy-sheet__link' onClick={openPrivacyGuide}>
          阅读完整的《{PRIVACY_GUIDE_NAME}》
        </Text>
        <AppButton
          id={buttonId}
          className='primary-button'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => agreePrivacy(buttonId)}
        >
          同意并继续
        </AppButton>
        <AppButton className='plain-button' onClick={refusePrivacy}>
          拒绝
        </AppButton>
      </View>
    </View>
  );
}
