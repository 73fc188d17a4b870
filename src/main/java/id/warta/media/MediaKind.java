package id.warta.media;

/** The kinds of material staff send, each with its own size limit. */
public enum MediaKind {
	IMAGE, VIDEO, AUDIO, DOCUMENT;

	public String labelKey() {
		return "mediaKind." + name();
	}
}
