import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { formatShanghai } from '../../../../../domain/time/shanghai';
import { AppButton } from '../../../../components/app-button';
import { withPageShell } from '../../../../components/page-shell';
import { useWhoami } from '../../../../features/session/use-whoami';
import { ApiError, callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';

interface Person {
  id: string;
  name: string;
  roleLabel: string;
  unitId: string | null;
  bound: boolean;
  deactivatedAt: string | null;
}

/** The staff, experts and admins, and deactivating one: from their next call on, they are refused. */
function PeoplePage() {
  const people = useCall(() => callFunction<{ items: Person[] }>('admin', 'people'), []);
  const me = useWhoami();
  const [error, setError] = useState('');
  usePullDownRefresh(() => {
    people.reload();
    Taro.stopPullDownRefresh();
  });
  const setActive = async (p: Person, active: boolean) => {
    const { confirm } = await Taro.showModal({
      title: active ? '恢复账号' : '停用账号',
      content: active ? `恢复后，${p.name}可以再次登录使用。` : `停用后，${p.name}立即无法再查看或处理任何材料。确定停用？`,
      confirmText: '确定',
    });
    if (!confirm) return;
    setError('');
    try {
      await callFunction('admin', 'setActive', { userId: p.id, active });
      Taro.showToast({ title: active ? '已恢复' : '已停用', icon: 'success' });
      people.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  return (
    <View className='page'>
      {people.error && <Text className='error-text'>{people.error.message}</Text>}
      {error && <Text className='error-text'>{error}</Text>}
      {(people.data?.items ?? []).map((p) => (
        <View key={p.id} className={`card person ${p.deactivatedAt ? 'person--off' : ''}`}>
          <View className='person__head'>
            <Text className='person__name'>{p.name}</Text>
            <Text className='person__role'>{p.roleLabel}</Text>
          </View>
          <Text className='muted'>
            {p.deactivatedAt ? `已于 ${formatShanghai(p.deactivatedAt, 'M月D日 HH:mm')} 停用` : p.bound ? '已绑定微信' : '尚未绑定微信'}
            {p.unitId ? '　（微信审核体验账号）' : ''}
          </Text>
          {p.id !== me.data?.userId && (
            <AppButton size='mini' className='plain-button' onClick={() => setActive(p, Boolean(p.deactivatedAt))}>
              {p.deactivatedAt ? '恢复' : '停用'}
            </AppButton>
          )}
        </View>
      ))}
    </View>
  );
}

export default withPageShell(PeoplePage);
