package id.warta.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Searches the index and shows only hits whose story is still public; a hit that is not leaves the index. */
@Component
class SiteSearch {

	/**
	 * One page of hits that may be shown, and how many there are ({@code exact} false: at least that many).
	 * {@code number} counts from 1.
	 */
	record Results(List<StoryIndex.Hit> hits, long total, boolean exact, int number, int pages) {

		/** The position of the first hit on this page among all hits, counting from 1. */
		public int first(int pageSize) {
			return (number - 1) * pageSize + 1;
		}
	}

	private final StoryIndex index;
	private final StillPublished stillPublished;
	private final IndexUpdates updates;
	private final SearchSettings settings;

	SiteSearch(StoryIndex index, StillPublished stillPublished, IndexUpdates updates, SearchSettings settings) {
		this.index = index;
		this.stillPublished = stillPublished;
		this.updates = updates;
		this.settings = settings;
	}

	Results search(SearchQuery query, int page) {
		int number = Math.max(1, Math.min(page, settings.lastPage()));
		StoryIndex.Found found;
		try {
			found = index.search(query, (number - 1) * settings.pageSize(), settings.pageSize());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<StoryIndex.Hit> shown = new ArrayList<>(found.hits().size());
		for (StoryIndex.Hit hit : found.hits()) {
			if (stillPublished.holds(hit)) {
				shown.add(hit);
			}
			else {
				updates.dropSoon(hit.storyId());
				// It may have changed rather than gone (published again with new content): read it anew.
				updates.refreshSoon();
			}
		}
		long total = found.total() - (found.hits().size() - shown.size());
		int pages = (int) Math.min(settings.lastPage(), (total + settings.pageSize() - 1) / settings.pageSize());
		return new Results(List.copyOf(shown), total, found.exact(), number, pages);
	}

	/** Whether the index has been built since the start. */
	boolean ready() {
		return updates.ready();
	}

	List<Integer> years() {
		try {
			return index.years();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
