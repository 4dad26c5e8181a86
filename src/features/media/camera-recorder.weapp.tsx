import { Camera, Text, View } from '@tarojs/components';
import Taro, { useDidHide, useUnload } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { AppButton } from '../../components/app-button';
import { classifyDeviceFailure, DeviceError, toDeviceError } from '../../services/device-failure';
import { DeviceNotice } from '../privacy/device-notice';
import './camera.css';

const LIMIT_SEC = 90;

interface Props {
  onRecorded: (file: { path: string; name: string; sizeBytes: number }) => void;
}

/** The recording's size from the file system (the typings have no Taro.getFileInfo); 0 when unknown. */
function fileSize(path: string): Promise<number> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().getFileInfo({
      filePath: path,
      success: (info) => resolve(info.size),
      fail: () => resolve(0),
    });
  });
}

/** Camera + startRecord({ timeout: 90 }): a 16:9 guide, a countdown that stops itself, a rotate hint. */
export function CameraRecorder({ onRecorded }: Props) {
  const camera = useRef<Taro.CameraContext | null>(null);
  const [recording, setRecording] = useState(false);
  const [left, setLeft] = useState(LIMIT_SEC);
  const [upright, setUpright] = useState(false);
  const [problem, setProblem] = useState<DeviceError | null>(null);
  // A refused camera leaves nothing to record with: the page says why instead of a black frame.
  const [cameraProblem, setCameraProblem] = useState<DeviceError | null>(null);

  useEffect(() => {
    if (typeof Taro.createCameraContext !== 'function') {
      setCameraProblem(new DeviceError('record-video', 'unsupported'));
      return;
    }
    camera.current = Taro.createCameraContext();
    if (typeof Taro.startDeviceMotionListening !== 'function') return;
    // Held upright (portrait): ask the person to turn the phone. Without the sensor there is just no hint.
    const onMotion = ({ beta, gamma }: { beta: number; gamma: number }) => setUpright(Math.abs(beta) > 50 && Math.abs(gamma) < 35);
    Taro.startDeviceMotionListening({
      interval: 'normal',
      success: () => Taro.onDeviceMotionChange(onMotion),
      fail: (error: unknown) => setProblem(toDeviceError('motion', error)),
    });
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
    fileSize(path).then((sizeBytes) => onRecorded({ path, name: `video-${Date.now()}.mp4`, sizeBytes }));
  };
  const start = () => {
    setLeft(LIMIT_SEC);
    setProblem(null);
    camera.current?.startRecord({
      timeout: LIMIT_SEC,
      selfieMirror: false,
      timeoutCallback: (res: { tempVideoPath: string }) => finish(res.tempVideoPath),
      success: () => setRecording(true),
      fail: (error: unknown) => setProblem(toDeviceError('record-video', error)),
    } as Taro.CameraContext.StartRecordOption);
  };
  const stop = () =>
    camera.current?.stopRecord({
      compressed: false,
      success: (res) => finish(res.tempVideoPath),
      fail: (error: unknown) => {
        setRecording(false);
        setProblem(toDeviceError('record-video', error));
      },
    } as Taro.CameraContext.StopRecordOption);
  // Leaving the page (a call, the home button) ends the recording cleanly instead of losing it.
  useDidHide(() => recording && stop());
  useUnload(() => recording && camera.current?.stopRecord({}));

  if (cameraProblem) {
    return (
      <View className='page page--center'>
        <DeviceNotice problem={cameraProblem} />
        {cameraProblem.outcome !== 'unsupported' && (
          <AppButton className='primary-button' onClick={() => setCameraProblem(null)}>
            重试
          </AppButton>
        )}
        <AppButton className='plain-button' onClick={() => Taro.navigateBack()}>
          返回
        </AppButton>
      </View>
    );
  }
  return (
    <View className='camera'>
      <Camera
        className='camera__view'
        devicePosition='back'
        resolution='high'
        flash='off'
        onError={(e) => {
          const outcome = classifyDeviceFailure(e.detail);
          // The camera's error is almost always a refused permission; WeChat's text says which.
          setCameraProblem(new DeviceError('record-video', outcome === 'failed' ? 'permission-denied' : outcome));
        }}
      />
      <View className='camera__guide' />
      {upright && <Text className='camera__rotate'>请把手机横过来拍摄（16:9 横屏）</Text>}
      {problem && (
        <View className='camera__problem'>
          <DeviceNotice problem={problem} />
        </View>
      )}
      <Text className='camera__clock'>{recording ? `录制中 · 剩余 ${left} 秒` : `最长 ${LIMIT_SEC} 秒`}</Text>
      <AppButton className={`camera__shutter ${recording ? 'camera__shutter--on' : ''}`} onClick={recording ? stop : start}>
        {recording ? '停止' : '录制'}
      </AppButton>
    </View>
  );
}
