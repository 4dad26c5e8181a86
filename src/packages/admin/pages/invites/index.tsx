import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { InviteCard } from '../../../../features/invites/invite-card';
import { InviteForm } from '../../../../features/invites/invite-form';
import { InviteList } from '../../../../features/invites/invite-list';
import type { Invite, UnitRow } from '../../../../features/invites/types';
import { UnitList } from '../../../../features/invites/unit-list';
import { ReviewDemoCard } from '../../../../features/invites/unit-review-demo';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import '../../../../features/invites/invites.css';
import { withPageShell } from '../../../../components/page-shell';

type Tab = 'invites' | 'units';

/** The admin hands out invite codes (per unit for contacts, per role for reviewers) and keeps the units. */
function InvitesPage() {
  const [tab, setTab] = useState<Tab>('invites');
  const [shown, setShown] = useState<Invite | null>(null);
  const [version, setVersion] = useState(0);
  const units = useCall(() => callFunction<{ items: UnitRow[] }>('admin', 'listUnits'), [version]);
  const refresh = () => setVersion((v) => v + 1);
  usePullDownRefresh(() => {
    refresh();
    Taro.stopPullDownRefresh();
  });
  const unitName = (id: string | null) => units.data?.items.find((u) => u.id === id)?.name;
  return (
    <View className='page'>
      <View className='tabs'>
        {(['invites', 'units'] as const).map((t) => (
          <Text key={t} className={`tab ${t === tab ? 'tab--on' : ''}`} onClick={() => setTab(t)}>
            {t === 'invites' ? '邀请码' : '推荐单位'}
          </Text>
        ))}
      </View>
      {units.error && <Text className='error-text'>{units.error.message}</Text>}
      {!units.data && !units.error && <Text className='muted empty'>正在读取…</Text>}
      {units.data && tab === 'invites' && (
        <View>
          {shown && <InviteCard invite={shown} unitName={shown.unitName ?? unitName(shown.unitId)} onClose={() => setShown(null)} />}
          <InviteForm
            units={units.data.items}
            onCreated={(invite) => {
              setShown(invite);
              refresh();
              Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
            }}
          />
          <ReviewDemoCard onChanged={refresh} />
          <InviteList
            version={version}
            onShow={(invite) => {
              setShown(invite);
              Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
            }}
            onRevoked={(code) => {
              if (shown?.code === code) setShown(null);
              refresh();
            }}
          />
        </View>
      )}
      {units.data && tab === 'units' && <UnitList units={units.data.items} onChanged={refresh} />}
    </View>
  );
}

export default withPageShell(InvitesPage);
