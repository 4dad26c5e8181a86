import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import './sign-in.css';

/**
 * Sign-in in the mini-program: WeChat already knows who the person is (OPENID); a first-time user
 * binds it to a unit or role with the invite code the admin gave them.
 */
export function SignIn() {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const redeem = async () => {
    setBusy(true);
    setError('');
    try {
      await callFunction('auth', 'redeemInvite', { code: code.trim() });
      await Taro.reLaunch({ url: '/pages/home/index' });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '绑定失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>使用邀请码绑定身份</Text>
      <Text className='muted'>请输入市科协发给您的邀请码（推荐单位联系人、审查人员、评审专家各不相同）。</Text>
      <Input className='sign-in__input' value={code} placeholder='邀请码' maxlength={32} onInput={(e) => setCode(e.detail.value)} />
      {error && <Text className='error-text'>{error}</Text>}
      <Button className='primary-button' disabled={busy || code.trim().length === 0} loading={busy} onClick={redeem}>
        绑定
      </Button>
    </View>
  );
}
