import { Input, ScrollView, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../domain/status/machine';
import { callFunction, errorText } from '../../services/api';
import type { Invite, UnitRow } from './types';

const ROLES: Role[] = ['contact', 'staff', 'expert', 'admin'];
const ROLE_CHOICES: Record<Role, string> = { contact: '推荐单位联系人', staff: '形式审查', expert: '评审专家', admin: '管理员' };

function UnitChooser({ units: all, unitId, onPick }: { units: UnitRow[]; unitId: string; onPick: (id: string) => void }) {
  // The review demo's test unit has its own card and codes.
  const units = all.filter((u) => !u.test);
  const unbound = units.filter((u) => u.contacts.length === 0);
  const [onlyUnbound, setOnlyUnbound] = useState(unbound.length > 0);
  const shown = onlyUnbound ? unbound : units;
  return (
    <View>
      <View className='invite-form__units-head'>
        <Text className='muted'>尚未绑定联系人的单位：{unbound.length} 个</Text>
        <Text className='link' onClick={() => setOnlyUnbound(!onlyUnbound)}>
          {onlyUnbound ? '显示全部单位' : '只看未绑定的'}
        </Text>
      </View>
      <ScrollView scrollY className='invite-form__units'>
        {shown.length === 0 && <Text className='muted'>所有单位都已绑定联系人。</Text>}
        {shown.map((u) => (
          <View key={u.id} className={`unit-choice ${u.id === unitId ? 'unit-choice--on' : ''}`} onClick={() => onPick(u.id)}>
            <Text className='unit-choice__name'>{u.name}</Text>
            <Text className='unit-choice__state'>
              {u.contacts.length ? `已绑定：${u.contacts.map((c) => c.name).join('、')}` : '未绑定联系人'}
              {u.openInvites ? ` · ${u.openInvites} 个邀请码未使用` : ''}
            </Text>
          </View>
        ))}
      </ScrollView>
    </View>
  );
}

function RoleChips({ role, onPick }: { role: Role; onPick: (role: Role) => void }) {
  return (
    <View className='chips'>
      {ROLES.map((r) => (
        <Text key={r} className={`chip ${r === role ? 'chip--on' : ''}`} onClick={() => onPick(r)}>
          {ROLE_CHOICES[r]}
        </Text>
      ))}
    </View>
  );
}

/** Creates an invite for a unit's contact or for a reviewer role, valid for some days. */
export function InviteForm({ units, onCreated }: { units: UnitRow[]; onCreated: (invite: Invite) => void }) {
  const [role, setRole] = useState<Role>('contact');
  const [unitId, setUnitId] = useState('');
  const [days, setDays] = useState('14');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const validDays = Number(days);
  const daysOk = Number.isInteger(validDays) && validDays >= 1 && validDays <= 90;
  const ready = daysOk && (role !== 'contact' || unitId !== '');
  const create = async () => {
    setBusy(true);
    setError('');
    try {
      const payload = role === 'contact' ? { role, unitId, validDays } : { role, validDays };
      onCreated(await callFunction<Invite>('auth', 'createInvite', payload));
      setUnitId('');
    } catch (e) {
      setError(errorText(e, '生成失败，请重试', { validDays: '有效天数', unitId: '推荐单位' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>新建邀请码</Text>
      <RoleChips role={role} onPick={setRole} />
      {role === 'contact' ? (
        <UnitChooser units={units} unitId={unitId} onPick={setUnitId} />
      ) : (
        <Text className='muted'>持此邀请码的人将以「{ROLE_LABELS[role]}」身份登录。</Text>
      )}
      <View className='invite-form__days'>
        <Text>有效期</Text>
        <Input className='invite-form__days-input' type='number' value={days} maxlength={2} onInput={(e) => setDays(e.detail.value)} />
        <Text>天</Text>
      </View>
      {!daysOk && <Text className='error-text'>有效期为 1–90 天</Text>}
      {error && <Text className='error-text'>{error}</Text>}
      <AppButton className='primary-button' disabled={busy || !ready} loading={busy} onClick={create}>
        {role === 'contact' && !unitId ? '请先选择推荐单位' : '生成邀请码'}
      </AppButton>
    </View>
  );
}
