import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TEST_BADGE } from '../../../domain/demo/review-demo';
import { UNIT_TYPE_LABELS } from '../../../domain/lists/unit-types';
import { STATUS_LABELS } from '../../../domain/status/machine';
import type { UnitRow } from './types';
import { UnitEditor } from './unit-editor';

function UnitItem({
  unit,
  editing,
  onEdit,
  onDone,
}: {
  unit: UnitRow;
  editing: boolean;
  onEdit: () => void;
  onDone: (saved: boolean) => void;
}) {
  if (editing) {
    return (
      <View className='unit-row'>
        <UnitEditor unitId={unit.id} name={unit.name} type={unit.type} onSaved={() => onDone(true)} onCancel={() => onDone(false)} />
      </View>
    );
  }
  return (
    <View className='unit-row'>
      <View className='unit-row__head'>
        <Text className='unit-row__name'>
          {unit.name}
          {unit.test && <Text className='badge badge--test'>{TEST_BADGE}</Text>}
        </Text>
        <Text className='link' onClick={onEdit}>
          修改
        </Text>
      </View>
      <Text className='unit-row__line'>
        <Text className='badge'>{UNIT_TYPE_LABELS[unit.type]}</Text>
        {unit.contacts.length ? ` 联系人：${unit.contacts.map((c) => c.name).join('、')}` : ' 未绑定联系人'}
        {unit.openInvites ? `（${unit.openInvites} 个邀请码未使用）` : ''}
      </Text>
      <Text className='muted'>推荐：{unit.nominationStatus ? STATUS_LABELS[unit.nominationStatus] : '尚未填写'}</Text>
    </View>
  );
}

/** The recommending units: add one, rename one or change its type. */
export function UnitList({ units, onChanged }: { units: UnitRow[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <View>
      <View className='card'>
        <Text className='card__title'>添加推荐单位</Text>
        <UnitEditor onSaved={onChanged} />
      </View>
      <View className='card'>
        <Text className='card__title'>推荐单位（{units.length}）</Text>
        <Text className='muted'>单位一经创建不能删除（推荐材料和联系人都挂在单位下），可以修改名称和类型。</Text>
        {units.map((unit) => (
          <UnitItem
            key={unit.id}
            unit={unit}
            editing={editing === unit.id}
            onEdit={() => setEditing(unit.id)}
            onDone={(saved) => {
              setEditing(null);
              if (saved) onChanged();
            }}
          />
        ))}
      </View>
    </View>
  );
}
