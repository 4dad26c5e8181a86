import { Image, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import type { MediaRules } from '../../../domain/media/rules';
import { callFunction } from '../../services/api';
import { DeviceNotice } from '../privacy/device-notice';
import { useDeviceAttempt } from '../privacy/use-device-attempt';
import { mediaDevice } from './media-device';
import type { AttachedMedia } from './types';
import { UploadFeedback } from './upload-feedback';
import { useMediaUpload } from './use-media-upload';
import './media.css';

interface Props {
  unitId: string;
  rules: MediaRules;
  photos: AttachedMedia[];
  onChanged: () => void;
}

const facts = (m: AttachedMedia) => `${m.measured.displayWidth ?? '?'}×${m.measured.displayHeight ?? '?'}`;

/** 2–3 work photos: take or choose, pre-checked on the phone, verified by the server; remove, reorder, preview. */
export function PhotoStep({ unitId, rules, photos, onChanged }: Props) {
  const upload = useMediaUpload('photo', unitId, rules, onChanged);
  const device = useDeviceAttempt();
  const room = rules.photos.max - photos.length - upload.queue.length;
  const urls = photos.map((p) => p.url);
  const remove = async (m: AttachedMedia) => {
    await callFunction('media', 'remove', { mediaId: m.id });
    onChanged();
  };
  const take = async () => {
    const picked = await device.attempt('choose-photo', () => mediaDevice.choosePhotos(room));
    if (!picked) return;
    // H5's file input reports a closed picker as nothing chosen; WeChat fails with `cancel`.
    if (picked.value.length === 0) device.report('choose-photo', 'cancelled');
    else await upload.add(picked.value);
  };
  const move = async (index: number, by: -1 | 1) => {
    const ids = photos.map((p) => p.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    await callFunction('media', 'reorder', { photoIds: ids });
    onChanged();
  };
  return (
    <View>
      <Text className='hint'>
        请上传 {rules.photos.min}–{rules.photos.max} 张工作照（反映工作场景，不要证件照），JPG 格式，每张不少于{' '}
        {Math.round(rules.photos.minPixels / 1024)}K 像素。其他格式会自动转换为 JPG。
      </Text>
      <View className='photos'>
        {photos.map((p, i) => (
          <View key={p.id} className='photo'>
            <Image className='photo__img' src={p.url} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: p.url })} />
            <Text className='photo__facts'>
              第 {i + 1} 张 · {facts(p)}
            </Text>
            <View className='photo__tools'>
              {i > 0 ? <Text onClick={() => move(i, -1)}>前移</Text> : <Text />}
              <Text onClick={() => remove(p)}>删除</Text>
              {i < photos.length - 1 ? <Text onClick={() => move(i, 1)}>后移</Text> : <Text />}
            </View>
          </View>
        ))}
      </View>
      <UploadFeedback upload={upload} />
      <DeviceNotice problem={device.problem} />
      {room > 0 && (
        <AppButton className='plain-button' onClick={take}>
          拍摄或选择工作照（还可添加 {room} 张）
        </AppButton>
      )}
    </View>
  );
}
