package id.warta.newsroom;

import java.util.List;

/** A story was started from material that divisions sent; that material is now being worked on. */
public record StoryComposed(String actor, long storyId, List<Long> materialIds) {
}
