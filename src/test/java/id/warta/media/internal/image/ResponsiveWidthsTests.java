package id.warta.media.internal.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponsiveWidthsTests {

	@Test
	void aLargePictureGetsEveryWidth() {
		assertThat(ResponsiveWidths.of(4000)).extracting(ResponsiveWidths.Width::pixels)
			.containsExactly(320, 640, 1024, 1600);
	}

	@Test
	void widthsLargerThanThePictureAreSkipped() {
		assertThat(ResponsiveWidths.of(1024)).extracting(ResponsiveWidths.Width::name)
			.containsExactly("w320", "w640", "w1024");
	}

	@Test
	void aPictureNarrowerThanTheSmallestWidthKeepsItsOwnWidth() {
		assertThat(ResponsiveWidths.of(200)).containsExactly(new ResponsiveWidths.Width("w320", 200));
	}
}
