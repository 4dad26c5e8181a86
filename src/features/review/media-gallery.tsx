import { Image, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MediaView } from './types';
import './review.css';

function describe(m: MediaView): string {
  const x = m.measured as { displayWidth?: number; displayHeight?: number; durationSec?: number; container?: string; codec?: string };
  const size = x.displayWidth && x.displayHeight ? `${x.displayWidth}×${x.displayHeight}` : '';
  const duration = typeof x.durationSec === 'number' ? `${x.durationSec.toFixed(1)} 秒` : '';
  return [x.container?.toUpperCase(), x.codec, size, duration].filter(Boolean).join(' · ');
}

function Verdict({ media }: { media: MediaView }) {
  return (
    <View className='verdict'>
      <Text className={media.ok ? 'verdict--ok' : 'verdict--bad'}>{media.ok ? '✓ 通过检查' : '✗ 未通过'}</Text>
      <Text className='verdict__facts'>{describe(media)}</Text>
      {media.verdict.reasons.map((r) => (
        <Text key={r.code} className='verdict__reason'>
          {r.message}
        </Text>
      ))}
    </View>
  );
}

/** Photos (tap for the full-screen viewer) and the video, each with what the server measured. */
export function MediaGallery({ photos, video }: { photos: MediaView[]; video: MediaView | null }) {
  const urls = photos.map((p) => p.url);
  return (
    <View>
      <View className='gallery'>
        {photos.map((p) => (
          <View key={p.id} className='gallery__item'>
            <Image className='gallery__photo' src={p.url} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: p.url })} />
            <Verdict media={p} />
          </View>
        ))}
        {photos.length === 0 && <Text className='muted'>尚无工作照</Text>}
      </View>
      {video ? (
        <View className='video-box'>
          <Video className='video-box__player' src={video.url} controls objectFit='contain' />
          <Verdict media={video} />
        </View>
      ) : (
        <Text className='muted'>尚无短视频</Text>
      )}
    </View>
  );
}
