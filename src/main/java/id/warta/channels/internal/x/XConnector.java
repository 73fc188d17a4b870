package id.warta.channels.internal.x;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An X account through API v2: the media first ({@link XMediaUpload}), then {@code POST /2/tweets}, the one call
 * that makes the post public. X cannot be asked whether a post went out, so an unanswered post is reported for a
 * person to check unless its id was kept.
 */
@Component
class XConnector implements ChannelConnector {

	static final String TWEET = "x.tweet";
	private static final Pattern STATUS_LINK = Pattern.compile("/status/(\\d+)");

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final XMediaUpload media;
	private final Clock clock;

	XConnector(PlatformHttp http, ChannelSettings settings, XMediaUpload media, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.media = media;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.X;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		Optional<String> kept = progress.get(TWEET);
		if (kept.isPresent()) {
			return posted(kept.get(), credentials);
		}
		List<String> mediaIds = media.upload(post, credentials, progress);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text(post));
		if (!mediaIds.isEmpty()) {
			body.put("media", Map.of("media_ids", mediaIds));
		}
		progress.beforePublicStep();
		PlatformHttp.Answer answer = http.send(request(credentials, "/tweets").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.json(body))), true);
		if (!answer.ok()) {
			throw XErrors.failure(answer, clock, "channel.failure.refused");
		}
		String id = answer.json().path("data").path("id").asString("");
		if (id.isBlank()) {
			// X said yes without saying to what: the post may be public, so only a person can tell.
			throw ChannelFailure.ambiguous("X " + answer.status() + " without a post id: " + answer.body());
		}
		progress.save(TWEET, id);
		return posted(id, credentials);
	}

	/** X has no lookup by a key of ours: only an id kept before the answer was lost can tell. */
	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		return progress.get(TWEET)
			.map(id -> Reconciliation.published(posted(id, credentials)))
			.orElse(Reconciliation.unknown());
	}

	@Override
	public boolean canWithdraw() {
		return true;
	}

	/** {@code DELETE /2/tweets/{id}}; a post X no longer has is already gone. */
	@Override
	public void withdraw(Posted post, ChannelCredentials credentials) {
		String id = tweetId(post)
			.orElseThrow(() -> new IllegalStateException("No X post id in " + post.permalink()));
		PlatformHttp.Answer answer = http.send(request(credentials, "/tweets/" + id).DELETE(), false);
		if (!answer.ok() && answer.status() != 404) {
			throw XErrors.failure(answer, clock, "channel.failure.refused");
		}
	}

	/**
	 * The approved text, with the story's address added when it is not there yet and still fits X's count (links
	 * as 23); otherwise the text as approved.
	 */
	static String text(Post post) {
		if (post.link() == null || post.text().contains(post.link())) {
			return post.text();
		}
		String withLink = post.text() + "\n\n" + post.link();
		return Channel.X.fits(withLink) ? withLink : post.text();
	}

	/** The id kept at publishing, or, for a post recorded by hand, the one in its address. */
	private static Optional<String> tweetId(Posted post) {
		if (post.externalId() != null && !post.externalId().isBlank()) {
			return Optional.of(post.externalId());
		}
		Matcher link = STATUS_LINK.matcher(post.permalink() == null ? "" : post.permalink());
		return link.find() ? Optional.of(link.group(1)) : Optional.empty();
	}

	private static Posted posted(String id, ChannelCredentials credentials) {
		String handle = credentials.handle();
		return new Posted(id, handle == null || handle.isBlank() ? "https://x.com/i/web/status/" + id
				: "https://x.com/" + handle + "/status/" + id);
	}

	private HttpRequest.Builder request(ChannelCredentials credentials, String path) {
		return HttpRequest.newBuilder(URI.create(settings.platform(Channel.X).api() + path))
			.header("Authorization", "Bearer " + credentials.accessToken());
	}
}
