package id.warta.media.internal.video;

import static id.warta.media.internal.video.Clips.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import id.warta.media.MediaTools;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.RenditionFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoProcessorTests {

	@TempDir
	Path originals;

	@TempDir
	Path work;

	VideoProcessor processor = new VideoProcessor(Clips.TOOLS);

	@BeforeEach
	void needsFfmpeg() {
		Clips.assumeFfmpeg();
	}

	@Test
	void aPhoneClipGetsAPosterAndAWebCopyThatStartsPlayingBeforeItHasDownloaded() throws IOException {
		Path clip = Clips.video(originals, "clip.mp4", "640x360", 3, "-c:v", "libx264", "-preset", "ultrafast",
				"-c:a", "aac", "-metadata", "title=Rapat tertutup", "-metadata", "location=-6.2+106.8/");

		Processed processed = processor.process(source(clip, "video/mp4", work));

		assertThat(processed.width()).isEqualTo(640);
		assertThat(processed.height()).isEqualTo(360);
		assertThat(processed.durationMillis()).isCloseTo(3000L, within(150L));
		assertThat(processed.codecs()).isEqualTo("h264/aac");
		assertThat(processed.renditions()).extracting(RenditionFile::name).containsExactly("poster.jpg", "web.mp4");
		assertPoster(rendition(processed, "poster.jpg"), 640, 360);

		RenditionFile web = rendition(processed, "web.mp4");
		assertThat(web.contentType()).isEqualTo("video/mp4");
		assertThat(web.file().getParent()).isEqualTo(work);
		ProbedMedia played = Clips.probe(web.file(), "video/mp4", work);
		assertThat(played.codecs()).isEqualTo("h264/aac");
		assertThat(played.durationMillis()).isCloseTo(3000L, within(150L));
		assertThat(Clips.streamEntry(web.file(), "v:0", "pix_fmt")).isEqualTo("yuv420p");
		List<String> boxes = Clips.topLevelBoxes(web.file());
		assertThat(boxes.indexOf("moov")).isNotNegative().isLessThan(boxes.indexOf("mdat"));
		assertThat(Clips.formatTags(web.file())).doesNotContain("Rapat", "location", "106.8");
	}

	@Test
	void portraitVideoStaysPortrait() throws IOException {
		Path clip = Clips.video(originals, "portrait.mp4", "360x640", 1);

		assertUprightPortrait(processor.process(source(clip, "video/mp4", work)));
	}

	@Test
	void aPhoneVideoStoredSidewaysWithARotationIsReportedAndRenderedUpright() throws IOException {
		Path stored = Clips.video(originals, "stored.mp4", "640x360", 1);
		Path rotated = originals.resolve("rotated.mp4");
		Clips.run(List.of("ffmpeg", "-v", "error", "-y", "-i", stored.toString(), "-c", "copy", "-metadata:s:v:0",
				"rotate=90", rotated.toString()));

		assertUprightPortrait(processor.process(source(rotated, "video/mp4", work)));
	}

	@ParameterizedTest
	@CsvSource({ "clip.mov, video/quicktime, libx264, aac, h264/aac",
			"clip.mkv, video/x-matroska, libx264, libvorbis, h264/vorbis",
			"clip.webm, video/webm, libvpx-vp9, libopus, vp9/opus" })
	void otherContainersBecomeTheSameWebCopy(String name, String type, String video, String audio, String codecs)
			throws IOException {
		Path clip = Clips.video(originals, name, "320x180", 1, "-c:v", video, "-deadline", "realtime", "-cpu-used",
				"8", "-preset", "ultrafast", "-c:a", audio);

		Processed processed = processor.process(source(clip, type, work));

		assertThat(processed.codecs()).isEqualTo(codecs);
		assertPlays(rendition(processed, "web.mp4"), 320, 180);
		assertThat(Clips.probe(rendition(processed, "web.mp4").file(), "video/mp4", work).codecs())
			.isEqualTo("h264/aac");
	}

	@Test
	void aVideoWithoutSoundGetsAWebCopyWithoutSound() throws IOException {
		Path clip = Clips.silentVideo(originals, "silent.mp4", "320x180");

		Processed processed = processor.process(source(clip, "video/mp4", work));

		assertThat(processed.codecs()).isEqualTo("h264");
		ProbedMedia played = Clips.probe(rendition(processed, "web.mp4").file(), "video/mp4", work);
		assertThat(played.sound()).isEmpty();
		assertThat(played.codecs()).isEqualTo("h264");
	}

	@Test
	void fullHdStaysFullHd() throws IOException {
		Path clip = Clips.video(originals, "fullhd.mp4", "1920x1080", 0.4);

		Processed processed = processor.process(source(clip, "video/mp4", work));

		assertPlays(rendition(processed, "web.mp4"), 1920, 1080);
		assertPoster(rendition(processed, "poster.jpg"), 1280, 720);
	}

	@Test
	void videoLargerThanFullHdIsScaledDownToIt() throws IOException {
		Path clip = Clips.video(originals, "qhd.mp4", "2560x1440", 0.4);

		Processed processed = processor.process(source(clip, "video/mp4", work));

		assertThat(processed.width()).isEqualTo(2560);
		assertPlays(rendition(processed, "web.mp4"), 1920, 1080);
	}

	@Test
	void aTruncatedVideoIsUnreadableWithFfprobesReason() throws IOException {
		Path clip = Clips.video(originals, "whole.mp4", "320x180", 1);
		Path truncated = originals.resolve("truncated.mp4");
		byte[] bytes = Files.readAllBytes(clip);
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> processor.process(source(truncated, "video/mp4", work)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.unreadable"))
			.hasMessageContaining("moov atom not found");
	}

	@Test
	void soundWithoutPicturesIsNotAVideo() throws IOException {
		Path sound = Clips.tone(originals, "voice.m4a", 1, "-c:a", "aac");

		assertThatThrownBy(() -> processor.process(source(sound, "video/mp4", work)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.noVideoStream"));
	}

	@Test
	void withoutFfmpegTheVideoIsKeptButNotProcessed() {
		MediaTools none = new MediaTools() {

			@Override
			public boolean has(String name) {
				return false;
			}
		};

		assertThatThrownBy(() -> new VideoProcessor(none).process(source(originals.resolve("any.mp4"), "video/mp4",
				work)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.noFfmpeg"));
	}

	@Test
	void takesTheVideoTypesPhonesAndCamerasRecord() {
		assertThat(List.of("video/mp4", "video/quicktime", "video/x-matroska", "video/3gpp", "video/webm"))
			.allMatch(processor::handles);
		assertThat(processor.handles("audio/mpeg")).isFalse();
	}

	void assertUprightPortrait(Processed processed) throws IOException {
		assertThat(processed.width()).isEqualTo(360);
		assertThat(processed.height()).isEqualTo(640);
		assertPoster(rendition(processed, "poster.jpg"), 360, 640);
		assertPlays(rendition(processed, "web.mp4"), 360, 640);
	}

	static RenditionFile rendition(Processed processed, String name) {
		return processed.renditions()
			.stream()
			.filter(rendition -> rendition.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static void assertPoster(RenditionFile poster, int width, int height) throws IOException {
		assertThat(poster.contentType()).isEqualTo("image/jpeg");
		assertThat(Files.readAllBytes(poster.file())).startsWith(0xFF, 0xD8, 0xFF);
		BufferedImage image = ImageIO.read(poster.file().toFile());
		assertThat(image.getWidth()).isEqualTo(width).isEqualTo(poster.width());
		assertThat(image.getHeight()).isEqualTo(height).isEqualTo(poster.height());
	}

	void assertPlays(RenditionFile web, int width, int height) throws IOException {
		assertThat(web.width()).isEqualTo(width);
		assertThat(web.height()).isEqualTo(height);
		ProbedMedia played = Clips.probe(web.file(), "video/mp4", work);
		assertThat(played.picture()).hasValueSatisfying(picture -> {
			assertThat(picture.codec()).isEqualTo("h264");
			assertThat(picture.width()).isEqualTo(width);
			assertThat(picture.height()).isEqualTo(height);
		});
	}
}
