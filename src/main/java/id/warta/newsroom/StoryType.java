package id.warta.newsroom;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What kind of publication a story is; the type decides its public path. */
public enum StoryType {

	NEWS("berita"), ANNOUNCEMENT("pengumuman"), GALLERY("galeri"), DOCUMENT("dokumen"), PAGE("profil");

	private static final Map<String, StoryType> BY_PATH_SEGMENT = Stream.of(values())
		.collect(Collectors.toUnmodifiableMap(StoryType::pathSegment, Function.identity()));

	private final String pathSegment;

	StoryType(String pathSegment) {
		this.pathSegment = pathSegment;
	}

	/** The first segment of the story's public URL, such as {@code berita} in {@code /berita/{slug}}. */
	public String pathSegment() {
		return pathSegment;
	}

	/** The type whose public URLs start with this segment, such as {@code berita}; empty for any other. */
	public static Optional<StoryType> ofPathSegment(String segment) {
		return Optional.ofNullable(segment == null ? null : BY_PATH_SEGMENT.get(segment));
	}

	public String labelKey() {
		return "storyType." + name();
	}
}
