package id.warta.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.warta.media.MediaKind;
import id.warta.media.MediaRejected;
import org.springframework.stereotype.Component;

/**
 * Everything a complete upload must pass before it is stored, in the order that refuses cheaply first: not empty,
 * a name that nothing would run, an allowed type by content, within its kind's limit, and for pictures a sane
 * pixel count and a complete file. Each refusal has its own message.
 */
@Component
class UploadInspector {

	private final MediaSettings settings;

	UploadInspector(MediaSettings settings) {
		this.settings = settings;
	}

	Sniffed inspect(Path file, String name) throws IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new MediaRejected("media.rejected.empty", name);
		}
		ContentSniffer.Result result = ContentSniffer.recognise(file, name);
		if (result.refusal() != null) {
			throw new MediaRejected(result.refusal(), name);
		}
		Sniffed type = result.type();
		checkSize(type.kind(), size, name);
		if (type.kind() == MediaKind.IMAGE) {
			checkPicture(file, type, name);
		}
		return type;
	}

	void checkSize(MediaKind kind, long size, String name) {
		if (size > settings.limitFor(kind)) {
			throw new MediaRejected("media.rejected.tooLarge." + kind.name(), name);
		}
	}

	private void checkPicture(Path file, Sniffed type, String name) throws IOException {
		var pixels = ImageSanity.declaredPixels(file);
		if (pixels.isPresent() && pixels.get() > settings.maxPixels()) {
			throw new MediaRejected("media.rejected.tooManyPixels", name);
		}
		boolean complete = switch (type.contentType()) {
			case "image/jpeg" -> ImageSanity.jpegComplete(file);
			case "image/png" -> ImageSanity.pngComplete(file);
			default -> true;
		};
		if (!complete) {
			throw new MediaRejected("media.rejected.truncated", name);
		}
	}
}
