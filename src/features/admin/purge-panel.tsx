import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';

interface PurgeReply {
  nominations: number;
  idNumbers: number;
  phones: number;
  files: { printables: number; exportFiles: number; exportJobs: number };
}

/** The admin's purge of a closed campaign's 身份证号 and 联系电话; the server decides whether it is closed and says why not. */
export function PurgePanel() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const [error, setError] = useState('');
  const purge = async () => {
    const { confirm } = await Taro.showModal({
      title: '清除个人信息',
      content:
        '将删除本届活动所有推荐中的身份证号和联系电话，以及含有它们的登记表和导出文件，删除后无法恢复（其他材料保留）。此操作会被记录。确定吗？',
      confirmText: '清除',
      confirmColor: '#b4232f',
    });
    if (!confirm) return;
    setBusy(true);
    setError('');
    setResult('');
    try {
      const campaign = await callFunction<{ id: string }>('campaign', 'current');
      const done = await callFunction<PurgeReply>('admin', 'purgePersonalData', { campaignId: campaign.id });
      const files = done.files.printables + done.files.exportFiles;
      const removedFiles =
        files === 0
          ? ''
          : `；删除登记表 ${done.files.printables} 份、导出文件 ${done.files.exportFiles} 个（${done.files.exportJobs} 次导出）`;
      setResult(
        done.nominations === 0 && files === 0
          ? '没有需要清除的个人信息'
          : `已清除 ${done.nominations} 份推荐中的身份证号 ${done.idNumbers} 个、联系电话 ${done.phones} 个${removedFiles}`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '清除失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <Text className='card__title'>清除个人信息</Text>
      <Text className='muted'>活动结束（截止及延期均已过、每份推荐都已作出决定）后，可删除所有身份证号和联系电话。</Text>
      <View className='export-buttons'>
        <AppButton size='mini' type='warn' disabled={busy} onClick={purge}>
          清除身份证号和电话
        </AppButton>
      </View>
      {result && <Text className='muted'>{result}</Text>}
      {error && <Text className='error-text'>{error}</Text>}
    </View>
  );
}
