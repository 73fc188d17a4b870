package id.warta.channels;

import java.util.List;

/**
 * What goes to one channel: the approved text for that channel, the story's public address, and its media.
 *
 * @param text the channel's own approved text, never longer than the platform allows
 * @param link the story's absolute public address
 * @param pictures pictures in order, already in a shape the platform accepts
 * @param video the video, or null
 */
public record Post(long publicationId, long storyId, String title, String text, String link, List<PostMedia> pictures,
		PostMedia video) {

	public Post {
		pictures = pictures == null ? List.of() : List.copyOf(pictures);
	}

	public boolean hasMedia() {
		return !pictures.isEmpty() || video != null;
	}
}
