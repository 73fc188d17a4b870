package id.warta.site.cache;

import id.warta.newsroom.PublishedFingerprints;
import id.warta.newsroom.StoryType;
import org.springframework.stereotype.Component;

/**
 * What a cached story page must still match to be served. Content changed in the database behind the
 * application's back raises no event, so a cached copy could keep answering 200 where the page must be withheld
 * (503) and the alarm raised. The fingerprint of the stored rows is taken before the page is rendered (whose seal
 * check then passed) and compared on every hit: any change sends the reader through the full seal check again.
 */
@Component
class StoryPageFingerprint {

	/** Stands for "no story at this address", so that it never equals a story's fingerprint. */
	static final String NONE = "-";

	private final PublishedFingerprints fingerprints;

	StoryPageFingerprint(PublishedFingerprints fingerprints) {
		this.fingerprints = fingerprints;
	}

	/** The fingerprint of the story shown at this path; null when the path is not a story's page. */
	String of(String path) {
		String[] parts = path.split("/");
		if (parts.length != 3) {
			return null;
		}
		for (StoryType type : StoryType.values()) {
			if (type.pathSegment().equals(parts[1])) {
				return fingerprints.of(type, parts[2]).orElse(NONE);
			}
		}
		return null;
	}
}
