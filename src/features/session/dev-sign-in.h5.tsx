import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { Role } from '../../../domain/status/machine';
import { writeSessionToken } from '../../services/session-store';
import { ROLE_LABELS } from '../../../domain/status/machine';
import './sign-in.css';

interface DemoUser {
  id: string;
  role: Role;
  name: string;
  unitId?: string;
  unitName?: string;
}

const ORDER: Role[] = ['contact', 'staff', 'expert', 'admin'];

/** The local runtime's development sign-in: pick a seeded demo user. Only the H5 build has it. */
export function SignIn({ invite }: { invite?: string }) {
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    fetch('/api/dev/users')
      .then((r) => r.json() as Promise<DemoUser[]>)
      .then(setUsers, () => setError('无法读取演示用户，请确认本地服务已启动'));
  }, []);
  const signIn = async (user: DemoUser) => {
    const response = await fetch('/api/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ as: user.id }),
    });
    const body = (await response.json()) as { token?: string };
    if (!body.token) return setError('登录失败，请重试');
    writeSessionToken(body.token);
    await Taro.reLaunch({ url: '/pages/home/index' });
  };
  if (error) return <Text className='error-text'>{error}</Text>;
  if (!users) return <Text className='muted'>正在读取演示用户…</Text>;
  return (
    <View>
      {invite && (
        <Text className='sign-in__invite'>收到邀请码 {invite}：正式小程序中它会自动填入登录页，绑定一次即可；本地演示环境无需邀请码。</Text>
      )}
      <Text className='muted sign-in__note'>本地演示环境：选择一个身份登录（正式小程序中由微信身份和邀请码确定）。</Text>
      {ORDER.map((role) => (
        <View key={role} className='card'>
          <Text className='card__title'>{ROLE_LABELS[role]}</Text>
          {users
            .filter((u) => u.role === role)
            .map((u) => (
              <AppButton key={u.id} className='sign-in__user' data-user={u.id} onClick={() => signIn(u)}>
                {u.name}
                {u.unitName ? `（${u.unitName}）` : ''}
              </AppButton>
            ))}
        </View>
      ))}
    </View>
  );
}
