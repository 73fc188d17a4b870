package id.warta.channels.internal.meta;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Instagram's and Threads' way of posting (channels/API-CONTRACTS.md §2, §7): the platform fetches each picture or
 * video from its public address into a container, the connector waits until the container is {@code FINISHED},
 * checks the publishing limit, and then one call publishes it. Creating containers is safe to repeat; publishing
 * is not, so every container id is kept in the progress as soon as it is known, and after a lost answer the
 * container's status tells whether it went public.
 */
class ContainerPublishing {

	private static final Logger log = LoggerFactory.getLogger(ContainerPublishing.class);
	/** How many recent posts are looked through for ours when the publish answer was lost. */
	private static final int RECENT = 25;

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final ContainerDialect dialect;
	private final ContainerStatuses statuses;

	ContainerPublishing(PlatformHttp http, ChannelSettings settings, ContainerDialect dialect) {
		this.http = http;
		this.settings = settings;
		this.dialect = dialect;
		this.statuses = new ContainerStatuses(http, settings, dialect);
	}

	/** The text as approved, with the story's address after it when it is not there and still fits. */
	static String withLink(Post post, id.warta.newsroom.Channel channel) {
		String text = post.text() == null ? "" : post.text();
		if (post.link() == null || text.contains(post.link())) {
			return text;
		}
		String linked = text.isBlank() ? post.link() : text + "\n\n" + post.link();
		return channel.fits(linked) ? linked : text;
	}

	/** Makes (or takes up again) the container, waits for it, checks the limit, publishes and fetches the address. */
	public Posted publish(Post post, ChannelCredentials account, Progress progress, String text) {
		String container = readyContainer(post, account, progress, text);
		checkQuota(account);
		progress.beforePublicStep();
		PlatformHttp.Answer answer = http.send(GraphRequests.post(api(),
				account.accountRef() + "/" + dialect.publishEdge(), withToken(account, "creation_id", container)), true);
		if (!answer.ok()) {
			throw MetaErrors.failure(dialect.name(), answer);
		}
		String id = answer.json().path("id").asText("");
		if (id.isBlank()) {
			throw ChannelFailure.ambiguous(dialect.name() + " published without giving an id");
		}
		progress.save(dialect.key("media"), id);
		return new Posted(id, permalink(id, account));
	}

	/**
	 * The container tells: {@code PUBLISHED} is done (the post is then looked for among the account's recent ones
	 * by its text), {@code FINISHED} was never published and may be published again, anything else cannot tell.
	 */
	public Reconciliation reconcile(ChannelCredentials account, Progress progress, String text) {
		Optional<String> media = progress.get(dialect.key("media")).filter(id -> !id.isBlank());
		if (media.isPresent()) {
			return Reconciliation.published(new Posted(media.get(), permalink(media.get(), account)));
		}
		Optional<String> container = progress.get(dialect.key("container")).filter(id -> !id.isBlank());
		if (container.isEmpty()) {
			// Nothing was made that could have been published.
			return Reconciliation.notPublished();
		}
		return switch (statuses.status(container.get(), account).code()) {
			case "PUBLISHED" -> Reconciliation.published(recent(account, text));
			case "FINISHED" -> Reconciliation.notPublished();
			default -> Reconciliation.unknown();
		};
	}

	private String readyContainer(Post post, ChannelCredentials account, Progress progress, String text) {
		Optional<String> kept = progress.get(dialect.key("container")).filter(id -> !id.isBlank());
		if (kept.isPresent()) {
			if (statuses.await(kept.get(), account).equals("FINISHED")) {
				return kept.get();
			}
			// Containers live 24 hours; an expired one was never published and its items expired with it.
			progress.save(dialect.key("children"), "");
		}
		String container = create(post, account, progress, text);
		progress.save(dialect.key("container"), container);
		if (statuses.await(container, account).equals("EXPIRED")) {
			throw ChannelFailure.permanent("channel.failure.processing", dialect.name() + ": container " + container
					+ " expired");
		}
		return container;
	}

	private String create(Post post, ChannelCredentials account, Progress progress, String text) {
		List<PostMedia> items = new ArrayList<>(post.pictures());
		if (post.video() != null) {
			items.add(post.video());
		}
		items = items.subList(0, Math.min(items.size(), dialect.carouselMax()));
		Map<String, String> parameters = new LinkedHashMap<>();
		if (items.isEmpty()) {
			if (dialect.textType() == null) {
				throw ChannelFailure.permanent("channel.rule.needsMedia", dialect.name() + " needs a picture or video");
			}
			parameters.put("media_type", dialect.textType());
		}
		else if (items.size() == 1) {
			media(parameters, items.get(0), false);
		}
		else {
			parameters.put("media_type", "CAROUSEL");
			parameters.put("children", String.join(",", children(items, account, progress)));
		}
		parameters.put(dialect.textParameter(), text);
		return createContainer(account, parameters);
	}

	/** Each item's container, made once and kept; all must be finished before the carousel is made. */
	private List<String> children(List<PostMedia> items, ChannelCredentials account, Progress progress) {
		List<String> children = new ArrayList<>(progress.get(dialect.key("children"))
			.filter(ids -> !ids.isBlank())
			.map(ids -> Arrays.asList(ids.split(",")))
			.orElse(List.of()));
		for (int i = children.size(); i < items.size(); i++) {
			Map<String, String> parameters = new LinkedHashMap<>();
			media(parameters, items.get(i), true);
			children.add(createContainer(account, parameters));
			progress.save(dialect.key("children"), String.join(",", children));
		}
		for (String child : children) {
			if (statuses.await(child, account).equals("EXPIRED")) {
				progress.save(dialect.key("children"), "");
				throw ChannelFailure.transientFailure(dialect.name() + ": carousel item " + child
						+ " expired; the items are made again", null);
			}
		}
		return children;
	}

	private void media(Map<String, String> parameters, PostMedia item, boolean carouselItem) {
		if (item.isVideo()) {
			parameters.put("media_type", carouselItem ? "VIDEO" : dialect.videoType());
			parameters.put("video_url", item.url());
		}
		else {
			if (dialect.imageType() != null) {
				parameters.put("media_type", dialect.imageType());
			}
			parameters.put("image_url", item.url());
		}
		if (carouselItem) {
			parameters.put("is_carousel_item", "true");
		}
	}

	private String createContainer(ChannelCredentials account, Map<String, String> parameters) {
		Map<String, String> form = new LinkedHashMap<>(parameters);
		form.put("access_token", account.accessToken());
		PlatformHttp.Answer answer = http.send(
				GraphRequests.post(api(), account.accountRef() + "/" + dialect.containerEdge(), form), false);
		if (!answer.ok()) {
			throw MetaErrors.failure(dialect.name(), answer);
		}
		String id = answer.json().path("id").asText("");
		if (id.isBlank()) {
			throw ChannelFailure.transientFailure(dialect.name() + " made a container without an id", null);
		}
		return id;
	}

	/** The publishing limit, as the platform reports it now; its total is never assumed. */
	private void checkQuota(ChannelCredentials account) {
		PlatformHttp.Answer answer = http.send(GraphRequests.get(api(), account.accountRef() + "/" + dialect.quotaEdge(),
				withToken(account, "fields", "quota_usage,config")), false);
		if (!answer.ok()) {
			throw MetaErrors.failure(dialect.name(), answer);
		}
		JsonNode quota = answer.json().path("data").path(0);
		JsonNode total = quota.path("config").path("quota_total");
		long usage = quota.path("quota_usage").asLong(0);
		if (total.isNumber() && usage >= total.asLong()) {
			long window = quota.path("config").path("quota_duration").asLong(MetaErrors.DAY.toSeconds());
			throw MetaErrors.limit(dialect.name() + ": " + usage + " of " + total.asLong() + " posts in "
					+ Duration.ofSeconds(window).toHours() + " h", Duration.ofSeconds(window));
		}
	}

	/** The post's public address; null when the platform does not give it now (the post is public all the same). */
	private String permalink(String id, ChannelCredentials account) {
		try {
			PlatformHttp.Answer answer = http.send(
					GraphRequests.get(api(), id, withToken(account, "fields", dialect.permalinkFields())), false);
			if (answer.ok()) {
				return answer.json().path("permalink").asText(null);
			}
			log.warn("{} gave no permalink for {}: HTTP {}", dialect.name(), id, answer.status());
		}
		catch (ChannelFailure noAnswer) {
			log.warn("{} gave no permalink for {}: {}", dialect.name(), id, noAnswer.platformMessage());
		}
		return null;
	}

	/**
	 * Our post among the account's most recent ones (newest first), known by its text; without id and address when
	 * it is not found there, since the container already says it is public.
	 */
	private Posted recent(ChannelCredentials account, String text) {
		try {
			PlatformHttp.Answer answer = http.send(GraphRequests.get(api(),
					account.accountRef() + "/" + dialect.containerEdge(), withToken(account, "fields",
							"id,permalink," + dialect.textParameter(), "limit", String.valueOf(RECENT))), false);
			if (answer.ok()) {
				for (JsonNode post : answer.json().path("data")) {
					if (post.path(dialect.textParameter()).asText("").strip().equals(text.strip())) {
						return new Posted(post.path("id").asText(null), post.path("permalink").asText(null));
					}
				}
			}
		}
		catch (ChannelFailure noAnswer) {
			log.warn("{}: recent posts not listed: {}", dialect.name(), noAnswer.platformMessage());
		}
		return new Posted(null, null);
	}

	private static Map<String, String> withToken(ChannelCredentials account, String... pairs) {
		Map<String, String> parameters = GraphRequests.parameters(pairs);
		parameters.put("access_token", account.accessToken());
		return parameters;
	}

	private URI api() {
		return settings.platform(dialect.channel()).api();
	}
}
