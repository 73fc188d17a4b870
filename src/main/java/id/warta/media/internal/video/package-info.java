/**
 * Video and audio processing with ffmpeg and ffprobe: facts from the probe, a poster frame and web-ready renditions.
 */
package id.warta.media.internal.video;
