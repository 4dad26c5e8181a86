import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AppButton } from '../../../../components/app-button';
import { withPageShell } from '../../../../components/page-shell';
import { ApiError, callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import './index.css';

interface ExpertPlan {
  id: string;
  name: string;
  all: boolean;
  categories: string[];
  nominationIds: string[];
  assigned: number;
}

interface Assignments {
  categories: { key: string; label: string }[];
  nominations: { id: string; name: string; category: string | null }[];
  experts: ExpertPlan[];
}

const toggle = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

/** One expert's assignment: everything (the default), or chosen categories and nominations. */
function ExpertCard({ expert, data, onSaved }: { expert: ExpertPlan; data: Assignments; onSaved(): void }) {
  const [all, setAll] = useState(expert.all);
  const [categories, setCategories] = useState(expert.categories);
  const [nominationIds, setNominationIds] = useState(expert.nominationIds);
  const [error, setError] = useState('');
  const save = async () => {
    setError('');
    try {
      await callFunction('review', 'assignExperts', { expertId: expert.id, all, categories, nominationIds });
      Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败，请重试');
    }
  };
  const chip = (on: boolean, label: string, onClick: () => void, key: string) => (
    <Text key={key} className={`chip ${on ? 'chip--on' : ''}`} onClick={onClick}>
      {label}
    </Text>
  );
  return (
    <View className='card expert-plan'>
      <Text className='card__title'>
        {expert.name}（当前分配 {expert.assigned} 份）
      </Text>
      <View className='chips'>
        {chip(all, '全部推荐材料', () => setAll(true), 'all')}
        {chip(!all, '按类别或指定材料', () => setAll(false), 'some')}
      </View>
      {!all && (
        <View>
          <Text className='expert-plan__label'>类别（该类别的全部材料，含以后通过形式审查的）</Text>
          <View className='chips'>
            {data.categories.map((c) => chip(categories.includes(c.key), c.label, () => setCategories((l) => toggle(l, c.key)), c.key))}
          </View>
          <Text className='expert-plan__label'>另外指定的推荐材料</Text>
          <View className='chips'>
            {data.nominations.map((n) =>
              chip(nominationIds.includes(n.id), n.name || '（未填写姓名）', () => setNominationIds((l) => toggle(l, n.id)), n.id),
            )}
          </View>
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
      <AppButton className='primary-button' onClick={save}>
        保存分配
      </AppButton>
    </View>
  );
}

/** The admin assigns experts by category or by nomination; an expert not assigned otherwise scores everything. */
function ExpertsPage() {
  const data = useCall(() => callFunction<Assignments>('review', 'assignments'), []);
  if (data.error) return <Text className='error-text'>{data.error.message}</Text>;
  if (!data.data) return <Text className='muted'>正在读取…</Text>;
  const d = data.data;
  return (
    <View className='page'>
      <Text className='muted expert-plan__note'>默认每位专家评审全部通过形式审查的推荐材料；专家只看到并只需评完分配给自己的材料。</Text>
      {d.experts.map((e) => (
        <ExpertCard key={`${e.id}:${e.assigned}:${e.all}`} expert={e} data={d} onSaved={data.reload} />
      ))}
    </View>
  );
}

export default withPageShell(ExpertsPage);
