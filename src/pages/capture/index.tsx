import Taro, { useUnload } from '@tarojs/taro';
import { CameraRecorder } from '../../features/media/camera-recorder';
import { withPageShell } from '../../components/page-shell';

/** The 90-second landscape camera; hands the recording back to the video step that opened it. */
function CapturePage() {
  const channel = () => Taro.getCurrentInstance().page?.getOpenerEventChannel?.();
  useUnload(() => channel()?.emit('closed'));
  return (
    <CameraRecorder
      onRecorded={(file) => {
        channel()?.emit('recorded', file);
        Taro.navigateBack();
      }}
    />
  );
}

export default withPageShell(CapturePage);
