package id.warta.channels.internal.youtube;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
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
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.Polling;
import id.warta.newsroom.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A YouTube channel through the Data API v3: the story's video by resumable upload (title, the approved text with
 * the story's link, News &amp; Politics), its processing followed, and the watch address. YouTube takes videos
 * only. The last chunk is what makes the video public; when its answer is lost, probing the session tells whether
 * YouTube has the whole file, so a video is never uploaded twice.
 */
@Component
class YouTubeConnector implements ChannelConnector {

	static final String SESSION = "youtube.session";
	static final String VIDEO_ID = "youtube.videoId";
	static final String NEWS_AND_POLITICS = "25";
	static final int TITLE_MAX = 100;

	private static final Logger log = LoggerFactory.getLogger(YouTubeConnector.class);

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final Clock clock;
	private final ResumableUpload upload;
	private final String privacyStatus;

	/**
	 * @param chunkSize bytes per chunk, a multiple of 256 KiB (8 MiB unless set)
	 * @param privacyStatus {@code public}; {@code private} for an API project YouTube has not audited yet, which
	 * may only upload private videos
	 */
	YouTubeConnector(PlatformHttp http, ChannelSettings settings, Clock clock,
			@Value("${warta.channels.youtube.chunk-size:8388608}") int chunkSize,
			@Value("${warta.channels.youtube.privacy-status:public}") String privacyStatus) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
		this.upload = new ResumableUpload(http, chunkSize, clock);
		this.privacyStatus = privacyStatus;
	}

	@Override
	public Channel channel() {
		return Channel.YOUTUBE;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		PostMedia video = post.video();
		if (video == null) {
			throw ChannelFailure.permanent("channel.rule.needsVideo", "YouTube takes videos only");
		}
		String id = saved(progress, VIDEO_ID).orElseGet(() -> upload(post, video, credentials, progress));
		awaitProcessing(id, credentials);
		return posted(id);
	}

	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		Optional<String> id = saved(progress, VIDEO_ID);
		if (id.isPresent()) {
			return Reconciliation.published(posted(id.get()));
		}
		Optional<String> session = saved(progress, SESSION);
		if (session.isEmpty() || post.video() == null) {
			// The last chunk goes to a session kept beforehand: without one, nothing was sent.
			return Reconciliation.notPublished();
		}
		ResumableUpload.State state = upload.probe(session.get(), credentials.accessToken(), post.video().size());
		if (state.videoId() == null) {
			// Part of the file is missing (308) or the session expired (404/410): YouTube has no video yet.
			return Reconciliation.notPublished();
		}
		progress.save(VIDEO_ID, state.videoId());
		return Reconciliation.published(posted(state.videoId()));
	}

	@Override
	public boolean canWithdraw() {
		return true;
	}

	@Override
	public void withdraw(Posted post, ChannelCredentials credentials) {
		PlatformHttp.Answer answer = http.send(HttpRequest
			.newBuilder(URI.create(settings.platform(Channel.YOUTUBE).api() + "/videos?id=" + post.externalId()))
			.header("Authorization", "Bearer " + credentials.accessToken())
			.DELETE(), false);
		if (!answer.ok() && answer.status() != 404) {
			throw YouTubeFailures.of(answer, clock.instant());
		}
	}

	private String upload(Post post, PostMedia video, ChannelCredentials credentials, Progress progress) {
		String token = credentials.accessToken();
		String session = saved(progress, SESSION).orElse(null);
		long from = 0;
		if (session != null) {
			ResumableUpload.State state = upload.probe(session, token, video.size());
			if (state.videoId() != null) {
				progress.save(VIDEO_ID, state.videoId());
				return state.videoId();
			}
			from = state.next();
			if (state.expired()) {
				session = null;
				from = 0;
			}
		}
		if (session == null) {
			session = upload.start(URI.create(settings.platform(Channel.YOUTUBE).uploadBase()
					+ "/videos?uploadType=resumable&part=snippet,status"), token, video, metadata(post));
			progress.save(SESSION, session);
		}
		String id = upload.send(session, token, video, from, progress::beforePublicStep);
		progress.save(VIDEO_ID, id);
		return id;
	}

	private Map<String, Object> metadata(Post post) {
		String description = post.text() == null || post.text().isBlank() ? post.link()
				: post.text().contains(post.link()) || !Channel.YOUTUBE.fits(post.text() + "\n\n" + post.link())
						? post.text() : post.text() + "\n\n" + post.link();
		Map<String, Object> snippet = new LinkedHashMap<>();
		snippet.put("title", title(post.title()));
		// YouTube refuses angle brackets in titles and descriptions.
		snippet.put("description", description.replace('<', '‹').replace('>', '›'));
		snippet.put("categoryId", NEWS_AND_POLITICS);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("privacyStatus", privacyStatus);
		status.put("selfDeclaredMadeForKids", false);
		return Map.of("snippet", snippet, "status", status);
	}

	static String title(String title) {
		String clean = title.replace('<', '‹').replace('>', '›').strip();
		return clean.codePointCount(0, clean.length()) <= TITLE_MAX ? clean
				: clean.substring(0, clean.offsetByCodePoints(0, TITLE_MAX - 1)).strip() + "…";
	}

	/**
	 * Follows YouTube's processing of the video. Failed or rejected is final; a video still processing after the
	 * polls is left to finish, since the whole file is on YouTube and its watch page exists.
	 */
	private void awaitProcessing(String id, ChannelCredentials credentials) {
		URI status = URI.create(settings.platform(Channel.YOUTUBE).api() + "/videos?part=status,processingDetails&id=" + id);
		for (int poll = 0; poll < settings.maxPolls(); poll++) {
			PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(status)
				.header("Authorization", "Bearer " + credentials.accessToken()).GET(), false);
			if (!answer.ok()) {
				throw YouTubeFailures.of(answer, clock.instant());
			}
			JsonNode video = answer.json().path("items").path(0);
			String uploadStatus = video.path("status").path("uploadStatus").asText("");
			String processing = video.path("processingDetails").path("processingStatus").asText("");
			if ("processed".equals(uploadStatus) || "succeeded".equals(processing)) {
				return;
			}
			if ("failed".equals(uploadStatus) || "rejected".equals(uploadStatus) || "deleted".equals(uploadStatus)) {
				JsonNode reason = video.path("status").path("failed".equals(uploadStatus) ? "failureReason" : "rejectionReason");
				throw YouTubeFailures.rejected(uploadStatus, reason.asText(""));
			}
			if ("failed".equals(processing) || "terminated".equals(processing)) {
				throw YouTubeFailures.rejected("failed", "processingStatus " + processing);
			}
			Polling.pause(settings.pollInterval(), "YouTube processed the video");
		}
		log.info("YouTube video {} is still processing after {} polls; its page is up", id, settings.maxPolls());
	}

	private static Posted posted(String id) {
		return new Posted(id, "https://www.youtube.com/watch?v=" + id);
	}

	private static Optional<String> saved(Progress progress, String key) {
		return progress.get(key).filter(value -> !value.isBlank());
	}
}
