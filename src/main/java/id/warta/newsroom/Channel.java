package id.warta.newsroom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a story can be published, each with its own text and its own length rule (after
 * channels/API-CONTRACTS.md): on X every link counts as 23 characters whatever its length.
 */
public enum Channel {

	WEBSITE(0), FACEBOOK(63_206), INSTAGRAM(2_200), X(280), YOUTUBE(5_000), TIKTOK(2_200), TELEGRAM(4_096),
	THREADS(500);

	private static final Pattern URL = Pattern.compile("https?://\\S+");
	private static final int X_LINK_LENGTH = 23;

	private final int maxLength;

	Channel(int maxLength) {
		this.maxLength = maxLength;
	}

	/** The longest text the platform accepts, in its own way of counting; 0 when there is no limit. */
	public int maxLength() {
		return maxLength;
	}

	/** The length of a text as this platform counts it. */
	public int lengthOf(String text) {
		if (text == null) {
			return 0;
		}
		if (this != X) {
			return text.codePointCount(0, text.length());
		}
		Matcher links = URL.matcher(text);
		int length = 0;
		int last = 0;
		while (links.find()) {
			length += text.codePointCount(last, links.start()) + X_LINK_LENGTH;
			last = links.end();
		}
		return length + text.codePointCount(last, text.length());
	}

	public boolean fits(String text) {
		return maxLength == 0 || lengthOf(text) <= maxLength;
	}

	public String labelKey() {
		return "channel." + name();
	}
}
