package id.warta.channels.internal.facebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A Facebook Page through the Graph API (channels/API-CONTRACTS.md §1): the text with the story's link on
 * {@code /feed}; pictures uploaded unpublished to {@code /photos} and attached to one {@code /feed} post; a video
 * through {@link FacebookVideos}. Graph has no idempotency key, so after an unanswered {@code /feed} the Page's
 * recent posts are searched for the story's link; a post not found there may still appear, so absence is never
 * taken for "not published".
 */
@Component
class FacebookConnector implements ChannelConnector {

	static final String POST_ID = "facebook.post";
	static final String PHOTO = "facebook.photo.";
	/** How many of the Page's latest posts reconciling looks through. */
	static final int RECENT = 25;

	private final FacebookGraph graph;
	private final FacebookVideos videos;

	FacebookConnector(FacebookGraph graph, FacebookVideos videos) {
		this.graph = graph;
		this.videos = videos;
	}

	@Override
	public Channel channel() {
		return Channel.FACEBOOK;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		if (post.video() != null) {
			return videos.publish(post, credentials, progress);
		}
		String token = credentials.accessToken();
		Optional<String> made = progress.get(POST_ID);
		if (made.isPresent()) {
			// Made public by an earlier attempt that failed afterwards: never post again.
			return new Posted(made.get(), permalinkOrPage(made.get(), token));
		}
		List<Map<String, Object>> attached = new ArrayList<>();
		for (PostMedia picture : post.pictures()) {
			attached.add(Map.of("media_fbid", photo(picture, credentials, progress)));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		if (attached.isEmpty()) {
			body.put("message", post.text());
			body.put("link", post.link());
		}
		else {
			// A post with attached photos shows no link card: the address goes in the text.
			body.put("message", withLink(post));
			body.put("attached_media", attached);
		}
		body.put("published", true);
		progress.beforePublicStep();
		JsonNode created = graph.postJson(credentials.accountRef() + "/feed", Map.of("fields", "id,permalink_url"),
				body, token, true);
		String id = created.path("id").asText("");
		if (id.isBlank()) {
			throw ChannelFailure.ambiguous("Facebook answered /feed without a post id: " + created);
		}
		progress.save(POST_ID, id);
		String permalink = FacebookGraph.absolute(created.path("permalink_url").asText(null));
		return new Posted(id, permalink != null ? permalink : permalinkOrPage(id, token));
	}

	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		String token = credentials.accessToken();
		Optional<String> saved = progress.get(POST_ID);
		if (saved.isPresent()) {
			return Reconciliation.published(new Posted(saved.get(), permalinkOrPage(saved.get(), token)));
		}
		if (progress.get(FacebookVideos.VIDEO).isPresent()) {
			return videos.reconcile(credentials, progress);
		}
		JsonNode feed = graph.get(credentials.accountRef() + "/feed",
				Map.of("fields", "id,permalink_url,message,link", "limit", Integer.toString(RECENT)), token);
		String link = trimmed(post.link());
		for (JsonNode item : feed.path("data").values()) {
			if (item.path("link").asText("").contains(link) || item.path("message").asText("").contains(link)) {
				String id = item.path("id").asText();
				String permalink = FacebookGraph.absolute(item.path("permalink_url").asText(null));
				return Reconciliation.published(new Posted(id, permalink != null ? permalink : permalinkOrPage(id, token)));
			}
		}
		// Not among the latest posts: it may still appear, so only a person can tell.
		return Reconciliation.unknown();
	}

	@Override
	public boolean canWithdraw() {
		return true;
	}

	@Override
	public void withdraw(Posted post, ChannelCredentials credentials) {
		graph.delete(post.externalId(), credentials.accessToken());
	}

	/** Uploads a picture unpublished, once: its id is kept, so a retry attaches the same photo. */
	private String photo(PostMedia picture, ChannelCredentials credentials, Progress progress) {
		String key = PHOTO + picture.mediaId();
		Optional<String> kept = progress.get(key);
		if (kept.isPresent()) {
			return kept.get();
		}
		JsonNode photo = graph.postJson(credentials.accountRef() + "/photos", Map.of(),
				Map.of("url", picture.url(), "published", false), credentials.accessToken(), false);
		String id = photo.path("id").asText("");
		if (id.isBlank()) {
			throw ChannelFailure.transientFailure("Facebook answered /photos without an id: " + photo, null);
		}
		progress.save(key, id);
		return id;
	}

	/** Once the post is public, a failed look-up of its address must not fail the publication. */
	private String permalinkOrPage(String id, String token) {
		try {
			return graph.permalink(id, token);
		}
		catch (ChannelFailure notNow) {
			return "https://www.facebook.com/" + id;
		}
	}

	static String withLink(Post post) {
		return post.text().contains(post.link()) ? post.text() : post.text() + "\n\n" + post.link();
	}

	private static String trimmed(String link) {
		return link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
	}
}
