import type { apiClient } from './api-client';
import { media } from './fixtures';

type Api = ReturnType<typeof apiClient>;

/** A contact's complete submission through the same HTTP contract the app uses: the form, two photos, a video. */
export async function submitThroughApi(api: Api, token: string, form: Record<string, unknown>) {
  await api.call(token, 'nomination', { action: 'saveDraft', form });
  for (const photo of ['recurser_exif-orientation-examples__Landscape_0.jpg', 'lovell_sharp__flowers.jpeg']) {
    await api.call(token, 'media', { action: 'check', kind: 'photo', fileId: await api.upload(token, 'photo', media(photo)) });
  }
  await api.call(token, 'media', {
    action: 'check',
    kind: 'video',
    fileId: await api.upload(token, 'video', media('androidx_media__edit_list_positive_shift.mp4')),
  });
  const { version } = await api.call<{ version: number }>(token, 'nomination', { action: 'get' });
  return api.call<{ id: string; version: number }>(token, 'nomination', { action: 'submit', version, consent: true });
}
