package id.warta.newsroom;

import java.util.List;

/** One page of a public list, and how many published stories the whole list has. */
public record PublicPage(List<PublicStory> stories, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public boolean isEmpty() {
		return stories.isEmpty();
	}
}
