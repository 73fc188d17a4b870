package id.warta.site.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedFingerprints;
import id.warta.newsroom.PublishedStories;
import org.springframework.stereotype.Component;

/**
 * Whether a hit may be shown: its story is still published at the same address, intact (seal and approved hash),
 * with the content that was indexed. An index that missed a withdrawal or a change behind the application's back
 * must not show it. The full check loads and verifies the story; a cheap fingerprint of its stored rows, taken
 * before the last full check that passed, spares it while nothing changed (as for cached pages).
 */
@Component
class StillPublished {

	private record Checked(String fingerprint, String contentHash) {
	}

	private final PublishedStories stories;
	private final PublishedFingerprints fingerprints;
	private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

	StillPublished(PublishedStories stories, PublishedFingerprints fingerprints) {
		this.stories = stories;
		this.fingerprints = fingerprints;
	}

	boolean holds(StoryIndex.Hit hit) {
		Optional<String> fingerprint = fingerprints.of(hit.type(), hit.slug());
		if (fingerprint.isEmpty()) {
			checked.remove(hit.storyId());
			return false;
		}
		Checked now = new Checked(fingerprint.get(), hit.contentHash());
		if (now.equals(checked.get(hit.storyId()))) {
			return true;
		}
		Optional<PublicStory> story = stories.find(hit.type(), hit.slug());
		boolean holds = story.isPresent() && story.get().intact() && story.get().id() == hit.storyId()
				&& story.get().contentHash().equals(hit.contentHash());
		if (holds) {
			checked.put(hit.storyId(), now);
		}
		else {
			checked.remove(hit.storyId());
		}
		return holds;
	}
}
