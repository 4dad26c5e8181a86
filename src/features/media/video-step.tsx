import { Text, Video, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import type { MediaRules } from '../../../domain/media/rules';
import type { DeviceAction } from '../../../domain/privacy/device-messages';
import { callFunction } from '../../services/api';
import { DeviceNotice } from '../privacy/device-notice';
import { useDeviceAttempt } from '../privacy/use-device-attempt';
import { mediaDevice, type PickedFile } from './media-device';
import type { AttachedMedia } from './types';
import { UploadFeedback } from './upload-feedback';
import { useMediaUpload } from './use-media-upload';
import './media.css';

interface Props {
  unitId: string;
  rules: MediaRules;
  video: AttachedMedia | null;
  onChanged: () => void;
}

/** One landscape 16:9 video of at most 90 s: record in the app or choose from the album. */
export function VideoStep({ unitId, rules, video, onChanged }: Props) {
  const upload = useMediaUpload('video', unitId, rules, onChanged);
  const device = useDeviceAttempt();
  const take = async (action: DeviceAction, pick: () => Promise<PickedFile | null>) => {
    const picked = await device.attempt(action, pick);
    if (!picked) return;
    // Nothing chosen or recorded (the picker or the camera page closed): say so, the same tap starts again.
    if (picked.value) await upload.add([picked.value]);
    else device.report(action, 'cancelled');
  };
  const m = video?.measured;
  return (
    <View>
      <Text className='hint'>
        请上传 1 段反映工作或生活场景的短视频：横屏拍摄（16:9），不超过 {rules.video.maxDurationSec} 秒，MP4 格式，高清（
        {rules.video.minShortSide}P）以上。
      </Text>
      {video && (
        <View>
          <Video className='video-preview' src={video.url} controls objectFit='contain' />
          <Text className='photo__facts'>
            {m?.displayWidth}×{m?.displayHeight} · {m?.durationSec?.toFixed(1)} 秒 · 已通过检查
          </Text>
          <Text
            className='photo__tools'
            onClick={async () => {
              const { confirm } = await Taro.showModal({ title: '删除视频', content: '确定删除这段视频吗？' });
              if (!confirm) return;
              await callFunction('media', 'remove', { mediaId: video.id });
              onChanged();
            }}
          >
            删除
          </Text>
        </View>
      )}
      <UploadFeedback upload={upload} />
      <DeviceNotice problem={device.problem} />
      <AppButton className='primary-button' onClick={() => take('record-video', mediaDevice.recordVideo)}>
        {video ? '重新录制（替换）' : '横屏录制视频（最长 90 秒）'}
      </AppButton>
      <AppButton className='plain-button' onClick={() => take('choose-video', mediaDevice.chooseVideo)}>
        {video ? '从相册另选一段（替换）' : '从相册选择视频'}
      </AppButton>
    </View>
  );
}
