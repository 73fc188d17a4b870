package id.warta.media.internal.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameSizeTests {

	@ParameterizedTest
	@CsvSource({ "640, 360, 640, 360", "1920, 1080, 1920, 1080", "2560, 1440, 1920, 1080", "3840, 2160, 1920, 1080",
			"1080, 1920, 1080, 1920", "2160, 3840, 1080, 1920", "641, 361, 640, 360", "1440, 1080, 1440, 1080",
			"4000, 1000, 1920, 480" })
	void webVideoFitsFullHdEitherWayRoundWithEvenSides(int width, int height, int fitWidth, int fitHeight) {
		assertThat(new FrameSize(width, height).fitForVideo(1920, 1080)).isEqualTo(new FrameSize(fitWidth, fitHeight));
	}

	@ParameterizedTest
	@CsvSource({ "640, 360, 640, 360", "1920, 1080, 1280, 720", "1080, 1920, 1080, 1920", "2160, 3840, 1280, 2276" })
	void postersAreAtMost1280Wide(int width, int height, int fitWidth, int fitHeight) {
		assertThat(new FrameSize(width, height).fitWidth(1280)).isEqualTo(new FrameSize(fitWidth, fitHeight));
	}
}
