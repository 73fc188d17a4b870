package id.warta.newsroom;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which published stories a public list shows: some types, optionally one division, one tag and one year, one
 * page of them, newest first.
 *
 * @param page counted from 1
 */
public record PublicListing(Set<StoryType> types, Long divisionId, String tag, Integer year, int page, int size) {

	public static final int MAX_SIZE = 50;

	public PublicListing {
		types = types == null || types.isEmpty() ? EnumSet.allOf(StoryType.class) : EnumSet.copyOf(types);
		tag = tag == null || tag.isBlank() ? null : tag.strip();
		page = Math.max(1, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static PublicListing of(StoryType type, int size) {
		return new PublicListing(EnumSet.of(type), null, null, null, 1, size);
	}

	public int offset() {
		return (page - 1) * size;
	}
}
