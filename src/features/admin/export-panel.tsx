import { Progress, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import { DeviceError } from '../../services/device-failure';
import { type ExportFile, openExport } from './open-export';

interface ExportReply {
  jobId: string;
  progress: number;
  stage?: string;
  fileId?: string;
  files?: ExportFile[];
}

type Format = 'xlsx' | 'zip';

/** The roster (xlsx) and all materials (zip parts): a job the app drives call by call, showing its progress. */
export function ExportPanel() {
  const [running, setRunning] = useState<Format | null>(null);
  const [progress, setProgress] = useState(0);
  const [stage, setStage] = useState('');
  const [files, setFiles] = useState<NonNullable<ExportReply['files']>>([]);
  const [error, setError] = useState('');
  const open = async (file: ExportFile) => {
    setError('');
    try {
      await openExport(file);
    } catch (e) {
      setError(e instanceof DeviceError ? e.message : '无法打开导出文件，请重试');
    }
  };
  const run = async (format: Format, full = false) => {
    setRunning(format);
    setFiles([]);
    setError('');
    try {
      let reply = await callFunction<ExportReply>('review', 'export', { format, full });
      while (!reply.fileId) {
        setProgress(reply.progress);
        setStage(reply.stage ?? '');
        reply = await callFunction<ExportReply>('review', 'export', { jobId: reply.jobId });
      }
      setProgress(1);
      setFiles(reply.files ?? []);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导出失败，请重试');
    } finally {
      setRunning(null);
    }
  };
  // Whole ID numbers and phones leave the system only after the admin says so; the server records every export.
  const askFull = async (format: Format) => {
    const { confirm } = await Taro.showModal({
      title: '导出完整身份证号',
      content:
        format === 'zip'
          ? '压缩包中的登记表将显示未遮挡的身份证号和联系电话，此操作会被记录。确定吗？'
          : '将导出未遮挡的身份证号和联系电话，此操作会被记录。确定吗？',
      confirmText: '导出',
    });
    if (confirm) await run(format, true);
  };
  return (
    <View className='card'>
      <Text className='card__title'>导出</Text>
      <Text className='muted'>
        导出的文件默认遮挡身份证号和联系电话（文件名标注「脱敏」或「完整」），7 天后自动删除；每次导出都会被记录。
      </Text>
      <View className='export-buttons'>
        <AppButton size='mini' disabled={running !== null} onClick={() => run('xlsx')}>
          推荐名单（Excel）
        </AppButton>
        <AppButton size='mini' disabled={running !== null} onClick={() => askFull('xlsx')}>
          名单（含完整证件号）
        </AppButton>
        <AppButton size='mini' disabled={running !== null} onClick={() => run('zip')}>
          全部材料（ZIP，脱敏）
        </AppButton>
        <AppButton size='mini' disabled={running !== null} onClick={() => askFull('zip')}>
          全部材料（含完整证件号）
        </AppButton>
      </View>
      {running && (
        <View>
          <Progress percent={Math.round(progress * 100)} strokeWidth={4} activeColor='#b4232f' />
          <Text className='muted'>{stage || '正在导出…'}</Text>
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
      {files.map((f) => (
        <Text key={f.fileId} className='export-file' onClick={() => open(f)}>
          ⬇ {f.name}（{(f.size / 1024 / 1024).toFixed(1)} MB）
        </Text>
      ))}
    </View>
  );
}
