import { Text, View } from '@tarojs/components';

/** The in-app camera needs WeChat's Camera component; elsewhere the video step records with the phone's camera app. */
export function CameraRecorder(_props: { onRecorded: (file: { path: string; name: string; sizeBytes: number }) => void }) {
  return (
    <View className='page page--center'>
      <Text className='muted'>请在微信小程序中使用横屏录制；在浏览器中请返回上一页，用手机相机录制或从相册选择视频。</Text>
    </View>
  );
}
