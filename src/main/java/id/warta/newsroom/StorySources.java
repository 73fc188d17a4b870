package id.warta.newsroom;

import java.util.List;

/** Where a story came from and where it lives, for the module that tells senders what became of their material. */
public interface StorySources {

	/** The material the story was composed from; empty for a story written from scratch or not found. */
	List<Long> materialIds(long storyId);

	/** The story's address on the public website. */
	String publicPath(long storyId);
}
