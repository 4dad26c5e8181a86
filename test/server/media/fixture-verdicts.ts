import type { MediaReasonCode } from '../../../domain/media/reason-messages';

type Expected = MediaReasonCode[];

/**
 * The verdict asserted for each fixture (file name without the `<owner>_<repo>__` prefix), with
 * the rule that decides it. [] = accepted.
 */
export const FIXTURE_VERDICTS: Record<string, Expected> = {
  // Videos
  'bbb_176x144_128kbps_15fps_h263.3gp': ['VIDEO_NOT_MP4', 'VIDEO_CODEC_UNSUPPORTED', 'VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'], // 3gp4 brand, H.263, 176×144
  'bbb_800x640_768kbps_30fps_vp9.mp4': ['VIDEO_CODEC_UNSUPPORTED', 'VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'], // VP9, 5:4, 640 short side
  'bbb_960x540_60fps_vp8.webm': ['VIDEO_NOT_MP4'], // EBML magic, whatever the stream
  'bear-vp9.webm': ['VIDEO_NOT_MP4'],
  'bt601.mov': ['VIDEO_NOT_MP4', 'VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'], // qt brand, 640×428
  'dolbyVision-hdr.MOV': ['VIDEO_NOT_MP4', 'VIDEO_PORTRAIT'], // qt brand; 1280×720 + 90° shows 720×1280
  'edit_list_positive_shift.mp4': [], // 1080p, mvhd 10.006 s
  'h265_bframes.mp4': ['VIDEO_BELOW_720P'], // 854×480
  'h265_with_metadata_track.mp4': ['VIDEO_PORTRAIT'], // 1920×1080 + 90° on the vide track
  'hdr10-video-with-sdr-container.mp4': [], // HEVC 1080p landscape
  'internal_emulator_transformer_output_270_rotated.mp4': ['VIDEO_PORTRAIT'], // 1280×720 + 270°
  'long_1080p_lowbitrate.mp4': ['VIDEO_TOO_LONG'], // 362.8 s, moov at the end
  'mv_with_2_top_shots.mp4': ['VIDEO_PORTRAIT', 'VIDEO_NOT_16_9'], // 1440×1080 (4:3) + 270°
  'pixel7_videoOnly_cleaned.mp4': [], // 180° keeps it landscape
  'portrait_4k60.mp4': ['VIDEO_PORTRAIT'], // 3840×2160 + 90°
  'sample.mp4': ['VIDEO_NOT_16_9'], // 1080×720 is 3:2
  'sample_12_5fps_720p_1s.mp4': [], // exactly 1280×720
  'sample_android_slow_motion.mp4': [],
  'sample_av1.mp4': ['VIDEO_CODEC_UNSUPPORTED', 'VIDEO_NOT_16_9'],
  'sample_edit_list_only_preroll_sync_sample.mp4': ['VIDEO_BELOW_720P'], // 640×360
  'sample_fragmented.mp4': ['VIDEO_DURATION_UNKNOWN', 'VIDEO_NOT_16_9'], // mvhd 0, no mehd/sidx: never "0 ≤ 90"
  'sample_fragmented_seekable_multiple_sidx.mp4': [], // 20 s from the sidx boxes
  'sample_malformed_free_box.mp4': ['MEDIA_CORRUPT'], // free box of size 3
  'sample_mdat_too_long.mp4': ['MEDIA_TRUNCATED'], // moov intact, mdat runs past the end
  'sample_missing_stsd.mp4': ['VIDEO_NOT_16_9'], // audio stsd missing, video fine, 3:2
  'sample_partially_fragmented.mp4': ['VIDEO_DURATION_UNKNOWN', 'VIDEO_NOT_16_9'], // mvhd 0.134 s covers only the moov samples
  'sample_portrait.mp4': ['VIDEO_PORTRAIT', 'VIDEO_NOT_16_9'], // 720×1080 stored
  'sample_rotate_and_reflect.mp4': ['VIDEO_PORTRAIT', 'VIDEO_NOT_16_9'], // 90° + mirror
  'sample_sef_slow_motion.mp4': ['VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'], // 320×240
  'sample_vvc.mp4': ['VIDEO_CODEC_UNSUPPORTED', 'VIDEO_BELOW_720P'], // VVC, 320×180
  'sample_with_htc_rotation_track_name.mkv': ['VIDEO_NOT_MP4'], // Matroska
  'sample_with_increasing_timestamps_320w_240h_fragmented.mp4': ['VIDEO_DURATION_UNKNOWN', 'VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'],
  'silent-black-10s.mp4': ['VIDEO_NOT_16_9', 'VIDEO_BELOW_720P'],
  'sowt-with-video.mov': ['VIDEO_NOT_MP4'], // 1080p but QuickTime
  'water_180_mvhevc_5frames.mov': ['VIDEO_NOT_MP4', 'VIDEO_PORTRAIT', 'VIDEO_NOT_16_9'], // 1934×2160
  // Photos
  'first_frame_1920x1080.png': ['PHOTO_NOT_JPEG'],
  'london.jpg': ['PHOTO_TOO_SMALL'], // 1020×768 = 783,360 px
  'pixel-motion-photo-shortened.jpg': [], // 12.2 MP; the MP4 after EOI is declared in its XMP
  'sample_MP.heic': ['PHOTO_NOT_JPEG'],
  'sample_still_photo.heic': ['PHOTO_NOT_JPEG'],
  'ss-motion-photo-shortened.jpg': [], // 12 MP, header intact, SEFT trailer: a header check cannot see the cut scan data
  'tokyo.jpg': ['PHOTO_TOO_SMALL'], // 600×800
  'ultraHDR.jpg': [], // 12.5 MP, gain map appended
  'white-1x1.avif': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'],
  '1x2-flipped-big-endian.jpg': ['PHOTO_TOO_SMALL'],
  'large.jpg': [], // progressive 1600×1200
  'lossy.webp': ['PHOTO_NOT_JPEG'],
  'progressive.jpg': ['PHOTO_TOO_SMALL'],
  'sample-multi.heic': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'],
  'sample.heic': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'],
  'very-large.jpg': [], // progressive 17.3 MP
  '2569067123_aca715a2ee_o.jpg': [],
  '320x240.jpg': ['PHOTO_TOO_SMALL'],
  'Channel_digital_image_CMYK_color.jpg': ['PHOTO_TOO_SMALL', 'PHOTO_CMYK'], // SOF 594 KB in
  'Channel_digital_image_CMYK_color_no_profile.jpg': ['PHOTO_TOO_SMALL', 'PHOTO_CMYK'],
  'alpha-premultiply-1024x768-paper.png': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'], // still too small once converted
  // ffprobe calls it corrupt; its APP1 claims 9,544 bytes of a 1,024-byte file, as a cut-off upload would.
  'corrupt-header.jpg': ['MEDIA_TRUNCATED'],
  'flowers.jpeg': [],
  'gain-map.jpg': [],
  'giant-image.jpg': ['PHOTO_TOO_LARGE'], // 280 MP > 16383²
  'pitm.avif': ['PHOTO_NOT_JPEG'],
  'testimgl.jpg': ['PHOTO_TOO_SMALL', 'PHOTO_LOSSLESS'], // SOF3
  'truncated.jpg': ['MEDIA_TRUNCATED'], // no EOI at the end
  'truncated.png': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'],
  'Exif5-1.5x.jpg': ['PHOTO_TOO_SMALL'],
  'image4.heic': ['PHOTO_NOT_JPEG', 'PHOTO_TOO_SMALL'],
  'Landscape_0.jpg': [], // orientation 0 is invalid: treated as 1
  'Landscape_6.jpg': [],
  'Landscape_8.jpg': [],
  'Portrait_3.jpg': [],
  'Portrait_5.jpg': [],
};
