import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { endOfDayShanghai, formatShanghai } from '../../../domain/time/shanghai';
import { AppButton } from '../../components/app-button';
import { ApiError, callFunction } from '../../services/api';

export interface MissingUnit {
  unitId: string;
  unitName: string;
  status: string | null;
  contacts: { userId: string; name: string }[];
  deadline: string;
  extended: boolean;
}

const STATE: Record<string, string> = { draft: '填写中', withdrawn: '已撤回', returned: '退回待重交' };

interface Props {
  units: MissingUnit[];
  /** Beijing's today by the server clock: the earliest day a deadline can be moved to. */
  today: string;
  onChanged: () => void;
}

/** The units without a submission: who to call, 「提醒」 one or all, and one unit's deadline moved (Beijing time). */
export function NotSubmittedList({ units, today, onChanged }: Props) {
  const [notice, setNotice] = useState('');
  const run = async (work: () => Promise<string>) => {
    setNotice('');
    try {
      setNotice(await work());
      onChanged();
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : '操作失败，请重试');
    }
  };
  const remind = (unit?: MissingUnit) =>
    run(async () => {
      const { reminded } = await callFunction<{ reminded: number }>('review', 'remind', unit ? { unitId: unit.unitId } : {});
      return unit ? `已提醒${unit.unitName}` : `已提醒 ${reminded} 个单位（今天已提醒过的不再重复）`;
    });
  const extend = async (unit: MissingUnit, date: string) => {
    const { confirm } = await Taro.showModal({
      title: '延长截止时间',
      content: `将${unit.unitName}的报送截止时间延至 ${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 23:59（北京时间），并通知该单位。`,
      confirmText: '确定',
    });
    if (!confirm) return;
    // The end of that day in Beijing, whatever the phone's own time zone.
    await run(async () => {
      await callFunction('review', 'extendDeadline', { unitId: unit.unitId, deadline: endOfDayShanghai(date) });
      return `已将${unit.unitName}的截止时间延至 ${date.slice(5)} 23:59`;
    });
  };
  return (
    <View className='card'>
      <Text className='card__title'>尚未提交的单位（{units.length}）</Text>
      {units.length > 0 && (
        <AppButton size='mini' className='plain-button' onClick={() => remind()}>
          全部提醒
        </AppButton>
      )}
      {notice && <Text className='muted notice'>{notice}</Text>}
      {units.length === 0 && <Text className='muted'>所有单位都已提交</Text>}
      {units.map((u) => (
        <View key={u.unitId} className='missing-unit'>
          <View className='missing-unit__head'>
            <Text className='missing-unit__name'>{u.unitName}</Text>
            <Text className='missing-unit__state'>{u.status ? STATE[u.status] : '未开始'}</Text>
          </View>
          <Text className='muted'>
            联系人：{u.contacts.length ? u.contacts.map((c) => c.name).join('、') : '未绑定'}　截止{' '}
            {formatShanghai(u.deadline, 'M月D日 HH:mm')}
            {u.extended ? '（已延期）' : ''}
          </Text>
          <View className='action-row'>
            <AppButton size='mini' disabled={u.contacts.length === 0} onClick={() => remind(u)}>
              提醒
            </AppButton>
            <Picker mode='date' value={formatShanghai(u.deadline, 'YYYY-MM-DD')} start={today} onChange={(e) => extend(u, e.detail.value)}>
              <View className='picker-line'>延期至… ▾</View>
            </Picker>
          </View>
        </View>
      ))}
    </View>
  );
}
