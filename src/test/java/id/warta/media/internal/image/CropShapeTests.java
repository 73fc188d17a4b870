package id.warta.media.internal.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.warta.media.internal.processing.FocalPoint;

class CropShapeTests {

	@ParameterizedTest
	@CsvSource({ "4000,3000,0.5,0.5", "4000,3000,0.05,0.9", "3000,4000,1,0", "1080,1080,0.3,0.7",
			"641,97,0.99,0.01", "97,641,0.2,0.2", "1,1,0.5,0.5" })
	void everyCropHasItsRatioStaysInsideAndKeepsTheFocalPoint(int width, int height, double x, double y) {
		FocalPoint focus = new FocalPoint(x, y);
		for (CropShape shape : CropShape.values()) {
			CropWindow window = shape.windowIn(width, height, focus);
			double ratio = ratioOf(shape);
			assertThat(window.left()).isGreaterThanOrEqualTo(0);
			assertThat(window.top()).isGreaterThanOrEqualTo(0);
			assertThat(window.left() + window.width()).isLessThanOrEqualTo(width);
			assertThat(window.top() + window.height()).isLessThanOrEqualTo(height);
			assertThat(window.width() == width || window.height() == height).as("largest window").isTrue();
			if (width > 1 && height > 1) {
				assertThat((double) window.width()).isCloseTo(window.height() * ratio,
						org.assertj.core.data.Offset.offset(1.0));
			}
			assertThat(x * width).isBetween((double) window.left(), (double) window.left() + window.width());
			assertThat(y * height).isBetween((double) window.top(), (double) window.top() + window.height());
		}
	}

	@Test
	void theFocalPointIsCentredWhenThePictureAllowsIt() {
		CropWindow window = CropShape.SQUARE.windowIn(4000, 3000, new FocalPoint(0.5, 0.5));
		assertThat(window).isEqualTo(new CropWindow(500, 0, 3000, 3000));
		CropWindow nearEdge = CropShape.SQUARE.windowIn(4000, 3000, new FocalPoint(0.1, 0.5));
		assertThat(nearEdge.left()).isZero();
	}

	@Test
	void cropsAreScaledToALongSideOf1080AtMost() {
		CropWindow story = CropShape.STORY.windowIn(4000, 3000, FocalPoint.CENTRE);
		assertThat(Math.max(story.scaledWidth(), story.scaledHeight())).isEqualTo(1080);
		CropWindow small = CropShape.SQUARE.windowIn(400, 300, FocalPoint.CENTRE);
		assertThat(small.scaledWidth()).isEqualTo(300);
	}

	static double ratioOf(CropShape shape) {
		String[] parts = shape.renditionName().substring("crop-".length()).split("x");
		return Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
	}
}
