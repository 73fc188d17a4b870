package id.warta.newsroom;

import java.util.ArrayList;
import java.util.List;

/**
 * Each platform's rules for a post, checked while the story is edited and again when it is dispatched (after
 * channels/API-CONTRACTS.md). Each problem is a message key, with the channel's name as its argument.
 */
public final class ChannelRules {

	/** Instagram accepts pictures from 4:5 (portrait) to 1.91:1 (landscape); others are cut to a crop. */
	public static final double INSTAGRAM_MIN_RATIO = 4.0 / 5.0;
	public static final double INSTAGRAM_MAX_RATIO = 1.91;
	static final int X_MAX_PICTURES = 4;
	static final int CAROUSEL_MAX = 10;
	static final int TELEGRAM_CAPTION = 1_024;

	private ChannelRules() {
	}

	/**
	 * The problems of a post on a channel; empty when it may go.
	 *
	 * @param pictures how many pictures the post carries
	 * @param videos how many videos
	 */
	public static List<String> check(Channel channel, String text, int pictures, int videos) {
		List<String> problems = new ArrayList<>();
		if (!channel.fits(text)) {
			problems.add("channel.rule.tooLong");
		}
		boolean media = pictures + videos > 0;
		switch (channel) {
			case INSTAGRAM, TIKTOK -> {
				if (!media) {
					problems.add("channel.rule.needsMedia");
				}
			}
			case YOUTUBE -> {
				if (videos == 0) {
					problems.add("channel.rule.needsVideo");
				}
			}
			case X -> {
				// With a video, X gets the video alone; without one, at most four pictures.
				if (videos > 1 || (videos == 0 && pictures > X_MAX_PICTURES)) {
					problems.add("channel.rule.xMedia");
				}
			}
			case TELEGRAM -> {
				if (media && text != null && text.codePointCount(0, text.length()) > TELEGRAM_CAPTION) {
					problems.add("channel.rule.captionTooLong");
				}
			}
			default -> {
			}
		}
		if (channel == Channel.TIKTOK && videos == 0 && pictures > 0) {
			// Photo posts pull from a verified domain only; video is the dependable path.
			problems.add("channel.rule.tiktokVideo");
		}
		return problems;
	}
}
