package id.warta.channels.internal.meta;

import id.warta.newsroom.Channel;

/**
 * How one platform names the same steps.
 *
 * @param name the platform's name before its words on the status board
 * @param textParameter {@code caption} or {@code text}
 * @param imageType the media type of a picture, or null where a picture has none (Instagram)
 * @param videoType the media type of a post that is one video ({@code REELS}, {@code VIDEO})
 * @param textType the media type of a post without media, or null where there is none (Instagram)
 * @param statusField the container field that holds the status; {@code statusDetail} the one that says why
 * @param containerEdge where containers are made ({@code media}, {@code threads}); {@code publishEdge} where
 * they are published; {@code quotaEdge} where the publishing limit is read
 * @param permalinkFields the fields asked for a post's address
 * @param carouselMax the most items a carousel takes
 */
public record ContainerDialect(Channel channel, String name, String textParameter, String imageType,
		String videoType, String textType, String statusField, String statusDetail, String containerEdge,
		String publishEdge, String quotaEdge, String permalinkFields, int carouselMax) {

	String key(String what) {
		return channel.name().toLowerCase(java.util.Locale.ROOT) + "." + what;
	}
}
