import { Text, View } from '@tarojs/components';
import { UploadQueue } from './upload-queue';
import type { useMediaUpload } from './use-media-upload';
import './media.css';

/** The uploads in flight, what the pre-check noted, and what it refused, for one media step. */
export function UploadFeedback({ upload }: { upload: ReturnType<typeof useMediaUpload> }) {
  return (
    <View>
      <UploadQueue queue={upload.queue} onCancel={upload.cancel} onDismiss={upload.dismiss} onRetry={upload.retry} />
      {upload.notes.map((n) => (
        <Text key={n} className='note'>
          {n}
        </Text>
      ))}
      {upload.refusals.map((r) => (
        <Text key={r} className='refusal'>
          {r}
        </Text>
      ))}
    </View>
  );
}
