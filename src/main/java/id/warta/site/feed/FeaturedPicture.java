package id.warta.site.feed;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.warta.media.Rendition;

/** Which rendition of a featured picture goes into feeds and the sitemap. */
final class FeaturedPicture {

	/** Wide enough for a feed reader's card or an image search result, small enough to fetch quickly. */
	static final int PREFERRED_MAX_WIDTH = 1024;

	private FeaturedPicture() {
	}

	/** The widest JPEG width-rendition up to the preferred width, else the narrowest; none for non-pictures. */
	static Optional<Rendition> choose(List<Rendition> renditions) {
		List<Rendition> widths = renditions.stream()
			.filter(rendition -> "image/jpeg".equals(rendition.contentType()) && rendition.name().startsWith("w"))
			.toList();
		return widths.stream()
			.filter(rendition -> rendition.width() <= PREFERRED_MAX_WIDTH)
			.max(Comparator.comparingInt(Rendition::width))
			.or(() -> widths.stream().min(Comparator.comparingInt(Rendition::width)));
	}
}
