import { Input, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { inviteCodeFromText } from '../../../domain/invites/invite-status';
import { callFunction, errorText } from '../../services/api';
import { toDeviceError } from '../../services/device-failure';
import { requireApi } from '../../services/require-api';
import './sign-in.css';

/**
 * Sign-in in the mini-program: WeChat already knows who the person is (OPENID); a first-time user
 * binds it to a unit or role with the invite code the admin gave them.
 */
export function SignIn({ invite }: { invite?: string }) {
  const [code, setCode] = useState(invite ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const redeem = async () => {
    setBusy(true);
    setError('');
    try {
      await callFunction('auth', 'redeemInvite', { code: code.trim() });
      await Taro.reLaunch({ url: '/pages/home/index' });
    } catch (e) {
      setError(errorText(e, '绑定失败，请稍后再试'));
    } finally {
      setBusy(false);
    }
  };
  const scan = async () => {
    setError('');
    let result: string;
    try {
      requireApi('scan', 'scanCode');
      ({ result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] }));
    } catch (e) {
      // A closed scanner, a refused camera, an old WeChat: each its own sentence, and 扫描 works again.
      setError(toDeviceError('scan', e).message);
      return;
    }
    const scanned = inviteCodeFromText(result);
    if (scanned) setCode(scanned);
    else setError('这不是巾帼推荐的邀请二维码');
  };
  return (
    <View className='card'>
      <Text className='card__title'>使用邀请码绑定身份</Text>
      <Text className='muted'>请输入市科协发给您的邀请码（推荐单位联系人、审查人员、评审专家各不相同）。</Text>
      <Input className='sign-in__input' value={code} placeholder='邀请码' maxlength={32} onInput={(e) => setCode(e.detail.value)} />
      {error && <Text className='error-text'>{error}</Text>}
      <AppButton className='plain-button sign-in__scan' onClick={scan}>
        扫描邀请二维码
      </AppButton>
      <AppButton className='primary-button' disabled={busy || code.trim().length === 0} loading={busy} onClick={redeem}>
        绑定
      </AppButton>
    </View>
  );
}
