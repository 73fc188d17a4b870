package id.warta.media.internal.video;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import id.warta.media.internal.processing.ProcessingFailed;

/**
 * What ffprobe says about a file: its length and the first picture and sound streams.
 *
 * @param durationMillis null when the container does not say (e.g. some browser recordings)
 */
record ProbedMedia(Long durationMillis, Optional<Picture> picture, Optional<Sound> sound) {

	/**
	 * A video stream as stored: phones store portrait video as landscape frames with a rotation to apply, and some
	 * cameras store non-square pixels.
	 *
	 * @param index the stream's index in the file, for {@code -map}
	 * @param rotation degrees, as the display matrix says
	 * @param pixelAspect the width of a stored pixel relative to its height
	 */
	record Picture(int index, String codec, int storedWidth, int storedHeight, int rotation, double pixelAspect) {

		boolean sideways() {
			return Math.abs(rotation) % 180 == 90;
		}

		/** The width a viewer sees, after rotation and with square pixels. */
		int width() {
			return sideways() ? storedHeight : squareWidth();
		}

		int height() {
			return sideways() ? squareWidth() : storedHeight;
		}

		private int squareWidth() {
			return (int) Math.round(storedWidth * pixelAspect);
		}
	}

	/** @param index the stream's index in the file, for {@code -map} */
	record Sound(int index, String codec, int channels, int sampleRate) {
	}

	Picture requirePicture() throws ProcessingFailed {
		return picture.orElseThrow(() -> new ProcessingFailed("media.processing.noVideoStream", "no video stream"));
	}

	Sound requireSound() throws ProcessingFailed {
		return sound.orElseThrow(() -> new ProcessingFailed("media.processing.noAudioStream", "no audio stream"));
	}

	/** Codecs as staff read them, picture first: {@code h264/aac}, {@code h264}, {@code mp3}. */
	String codecs() {
		List<String> names = Stream.concat(picture.map(Picture::codec).stream(), sound.map(Sound::codec).stream())
			.toList();
		return names.isEmpty() ? null : String.join("/", names);
	}
}
