import { Camera, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro, { useDidHide, useUnload } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import './camera.css';

const LIMIT_SEC = 90;

interface Props {
  onRecorded: (file: { path: string; name: string; sizeBytes: number }) => void;
}

/** Camera + startRecord({ timeout: 90 }): a 16:9 guide, a countdown that stops itself, a rotate hint. */
export function CameraRecorder({ onRecorded }: Props) {
  const camera = useRef<Taro.CameraContext | null>(null);
  const [recording, setRecording] = useState(false);
  const [left, setLeft] = useState(LIMIT_SEC);
  const [upright, setUpright] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    camera.current = Taro.createCameraContext();
    // Held upright (portrait) while the page allows landscape: ask the person to turn the phone.
    const onMotion = ({ beta, gamma }: { beta: number; gamma: number }) => setUpright(Math.abs(beta) > 50 && Math.abs(gamma) < 35);
    Taro.startDeviceMotionListening({ interval: 'normal' });
    Taro.onDeviceMotionChange(onMotion);
    return () => {
      Taro.offDeviceMotionChange(onMotion);
      Taro.stopDeviceMotionListening();
    };
  }, []);

  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [recording]);

  const finish = (path: string | undefined) => {
    setRecording(false);
    if (!path) return;
    Taro.getFileInfo({ filePath: path }).then(
      (info) => onRecorded({ path, name: `video-${Date.now()}.mp4`, sizeBytes: 'size' in info ? info.size : 0 }),
      () => onRecorded({ path, name: `video-${Date.now()}.mp4`, sizeBytes: 0 }),
    );
  };
  const start = () => {
    setLeft(LIMIT_SEC);
    camera.current?.startRecord({
      timeout: LIMIT_SEC,
      selfieMirror: false,
      timeoutCallback: (res: { tempVideoPath: string }) => finish(res.tempVideoPath),
      success: () => setRecording(true),
      fail: () => Taro.showToast({ title: '无法开始录制', icon: 'none' }),
    } as Taro.CameraContext.StartRecordOption);
  };
  const stop = () =>
    camera.current?.stopRecord({ compressed: false, success: (res) => finish(res.tempVideoPath) } as Taro.CameraContext.StopRecordOption);
  // Leaving the page (a call, the home button) ends the recording cleanly instead of losing it.
  useDidHide(() => recording && stop());
  useUnload(() => recording && camera.current?.stopRecord({}));

  if (denied) {
    return (
      <View className='page page--center'>
        <Text className='muted'>录制短视频需要使用摄像头和麦克风。请在设置中允许后再试。</Text>
        <AppButton className='primary-button' onClick={() => Taro.openSetting().then(() => setDenied(false))}>
          打开设置
        </AppButton>
      </View>
    );
  }
  return (
    <View className='camera'>
      <Camera className='camera__view' devicePosition='back' resolution='high' flash='off' onError={() => setDenied(true)} />
      <View className='camera__guide' />
      {upright && <Text className='camera__rotate'>请把手机横过来拍摄（16:9 横屏）</Text>}
      <Text className='camera__clock'>{recording ? `录制中 · 剩余 ${left} 秒` : `最长 ${LIMIT_SEC} 秒`}</Text>
      <AppButton className={`camera__shutter ${recording ? 'camera__shutter--on' : ''}`} onClick={recording ? stop : start}>
        {recording ? '停止' : '录制'}
      </AppButton>
    </View>
  );
}
