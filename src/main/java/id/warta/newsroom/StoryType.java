package id.warta.newsroom;

/** What kind of publication a story is; the type decides its public path. */
public enum StoryType {

	NEWS("berita"), ANNOUNCEMENT("pengumuman"), GALLERY("galeri"), DOCUMENT("dokumen"), PAGE("profil");

	private final String pathSegment;

	StoryType(String pathSegment) {
		this.pathSegment = pathSegment;
	}

	/** The first segment of the story's public URL, such as {@code berita} in {@code /berita/{slug}}. */
	public String pathSegment() {
		return pathSegment;
	}

	public String labelKey() {
		return "storyType." + name();
	}
}
