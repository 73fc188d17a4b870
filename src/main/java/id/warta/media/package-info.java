/**
 * Media assets: storage, type sniffing, renditions and metadata stripping; knows which external media tools
 * (ffmpeg, ffprobe, libvips) this machine has.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package id.warta.media;
