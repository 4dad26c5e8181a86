export { MEDIA_FIXTURES_DIR as MEDIA, mediaFixture as media } from '../../fixtures/media-dir';
