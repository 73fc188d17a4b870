package id.warta.media.internal.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.warta.media.internal.processing.ProcessingFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FfprobeTests {

	@Test
	void anOldPhoneVideoWithARotateTagIsPortrait() throws ProcessingFailed {
		ProbedMedia media = Ffprobe.read("""
				{"streams": [
				  {"index": 0, "codec_type": "video", "codec_name": "h264", "width": 1920, "height": 1080,
				   "tags": {"rotate": "270"}},
				  {"index": 1, "codec_type": "audio", "codec_name": "aac", "channels": 1, "sample_rate": "48000"}],
				 "format": {"duration": "12.345000"}}
				""");

		assertThat(media.picture()).hasValueSatisfying(picture -> {
			assertThat(picture.width()).isEqualTo(1080);
			assertThat(picture.height()).isEqualTo(1920);
		});
		assertThat(media.durationMillis()).isEqualTo(12_345L);
		assertThat(media.codecs()).isEqualTo("h264/aac");
		assertThat(media.sound()).hasValueSatisfying(sound -> assertThat(sound.sampleRate()).isEqualTo(48_000));
	}

	@Test
	void anAlbumCoverIsNoVideoAndAnUnknownDurationIsNull() throws ProcessingFailed {
		ProbedMedia media = Ffprobe.read("""
				{"streams": [
				  {"index": 0, "codec_type": "audio", "codec_name": "mp3", "channels": 2, "sample_rate": "44100"},
				  {"index": 1, "codec_type": "video", "codec_name": "mjpeg", "width": 500, "height": 500,
				   "disposition": {"attached_pic": 1}}],
				 "format": {"duration": "N/A"}}
				""");

		assertThat(media.picture()).isEmpty();
		assertThat(media.codecs()).isEqualTo("mp3");
		assertThat(media.durationMillis()).isNull();
	}

	@Test
	void nonSquarePixelsAreWidenedToWhatTheViewerSees() throws ProcessingFailed {
		ProbedMedia media = Ffprobe.read("""
				{"streams": [{"index": 0, "codec_type": "video", "codec_name": "dvvideo", "width": 720, "height": 576,
				  "sample_aspect_ratio": "64:45"}], "format": {}}
				""");

		assertThat(media.picture()).hasValueSatisfying(picture -> assertThat(picture.width()).isEqualTo(1024));
	}

	@Test
	void aReportThatIsNotJsonIsUnreadable() {
		assertThatThrownBy(() -> Ffprobe.read("{\"streams\": [")).isInstanceOfSatisfying(ProcessingFailed.class,
				failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.unreadable"));
	}

	@ParameterizedTest
	@CsvSource({ "1:1, 1", "4:3, 1.3333", "0:1, 1", "N/A, 1", "'', 1" })
	void pixelsAreSquareUnlessTheFileSaysOtherwise(String ratio, double aspect) {
		assertThat(Ffprobe.pixelAspect(ratio)).isCloseTo(aspect, within(0.001));
	}
}
