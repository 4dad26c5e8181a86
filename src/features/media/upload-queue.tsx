import { Progress, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import type { UploadState } from './media-queue';
import './media.css';

const PHASES: Record<UploadState['phase'], string> = {
  checking: '正在检查…',
  uploading: '正在上传',
  verifying: '服务器核验中…',
  failed: '未成功',
};

export function UploadQueue({
  queue,
  onCancel,
  onDismiss,
  onRetry,
}: {
  queue: UploadState[];
  onCancel: () => void;
  onDismiss: (name: string) => void;
  onRetry: (name: string) => void;
}) {
  return (
    <View>
      {queue.map((u) => (
        <View key={u.name} className='upload'>
          <Text className='upload__name'>
            {u.name} · {PHASES[u.phase]}
            {u.phase === 'uploading' ? ` ${Math.round(u.progress * 100)}%` : ''}
            {u.attempt > 0 && u.phase === 'uploading' ? `（第 ${u.attempt + 1} 次尝试）` : ''}
          </Text>
          {u.phase === 'uploading' && <Progress percent={Math.round(u.progress * 100)} strokeWidth={4} activeColor='#b4232f' />}
          {u.phase === 'uploading' && (
            <AppButton size='mini' onClick={onCancel}>
              取消
            </AppButton>
          )}
          {u.phase === 'failed' && (
            <View>
              <Text className='upload__error'>{u.message}</Text>
              <View className='upload__actions'>
                {u.canRetry && (
                  <AppButton size='mini' onClick={() => onRetry(u.name)}>
                    重试
                  </AppButton>
                )}
                <AppButton size='mini' onClick={() => onDismiss(u.name)}>
                  {u.canRetry ? '放弃' : '知道了'}
                </AppButton>
              </View>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
