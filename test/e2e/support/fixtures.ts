import path from 'node:path';

/** The shared real-world media samples (../shared beside the repo, as on CI). */
export const MEDIA = path.resolve(__dirname, '../../../../shared/fixtures/media');
export const media = (name: string) => path.join(MEDIA, name);
