import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.warta.WartaApplication;
import id.warta.channels.internal.ChannelAccountService;
import id.warta.channels.internal.ChannelAuthorization.Grant;
import id.warta.newsroom.Channel;
import id.warta.support.PlatformStubs;
import id.warta.support.TestFiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Time from "Terbitkan" (the publish call of the JSON API) until a story's seven social publications are all
 * PUBLISHED, against WireMock stubs of the seven platforms that answer at once, and the dispatcher's overhead per
 * publication. The application runs in this JVM on an in-memory H2 of its own; see bench/channels/README.md.
 *
 * Baseline, measured in the same run: after each story, the platform requests its connectors made (taken from
 * WireMock's request journal) are sent again, one after another, by a plain HTTP client to the same stubs. That
 * is the least time a dispatcher that sends a story's posts one after another could take; the ratio says how much
 * more Warta takes.
 */
public class DispatchBench {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final List<Channel> SOCIAL = List.of(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X, Channel.YOUTUBE,
			Channel.TIKTOK, Channel.TELEGRAM, Channel.THREADS);
	static final String PASSWORD = "warta-demo-2026";

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int runs = Integer.parseInt(options.getOrDefault("n", "10"));
		int warmUps = Integer.parseInt(options.getOrDefault("w", "2"));
		String pollInterval = options.getOrDefault("p", "50ms");
		int videoBytes = Integer.parseInt(options.getOrDefault("v", "1048576"));
		int latency = Integer.parseInt(options.getOrDefault("l", "0"));

		Path work = Files.createTempDirectory("warta-dispatch-bench");
		WireMockServer stubs = PlatformStubs.server();
		String base = PlatformStubs.base();
		Stubs.register(stubs, base);
		if (latency > 0) {
			// Not the default: every platform answer waits this long, as a real platform's would.
			stubs.setGlobalFixedDelay(latency);
		}
		// Command-line arguments, so that they win over application-test.properties.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(WartaApplication.class).profiles("test", "demo")
			.run("--spring.datasource.url=jdbc:h2:mem:warta-dispatch-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--server.port=0", "--server.address=127.0.0.1",
					"--spring.jmx.enabled=false", "--warta.publishing.poll-interval=" + pollInterval,
					"--warta.publishing.node=bench", "--warta.media.directory=" + work.resolve("media"),
					"--warta.media.upload-directory=" + work.resolve("uploads"), "--warta.media.processing-interval=200ms",
					"--warta.organization.logo-directory=" + work.resolve("agency"),
					"--warta.media.link-key-file=" + work.resolve("keys/media-links.key"),
					// The production chunk sizes: the benchmark video goes up in one chunk everywhere.
					"--warta.channels.youtube.chunk-size=8388608", "--warta.channels.tiktok.chunk-size=10485760",
					"--logging.level.root=WARN");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			connectAccounts(app.getBean(ChannelAccountService.class));
			String site = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			Newsroom newsroom = new Newsroom(site, jdbc);
			Replayer replayer = new Replayer();

			var settings = app.getEnvironment();
			System.out.printf("Warta channel dispatch: %d stories after %d warm-up, video %d bytes, stub latency %d ms, "
					+ "%d cores%n", runs, warmUps, videoBytes, latency, Runtime.getRuntime().availableProcessors());
			System.out.printf("in effect: warta.publishing.poll-interval=%s, warta.channels.poll-interval=%s (never "
					+ "waited: processing is done at the first poll), database %s%n",
					settings.getProperty("warta.publishing.poll-interval"), settings.getProperty("warta.channels.poll-interval"),
					settings.getProperty("spring.datasource.url").replaceAll(";.*", ""));
			List<Result> results = new ArrayList<>();
			for (int i = 0; i < warmUps + runs; i++) {
				long story = newsroom.approvedStory(i, videoBytes);
				stubs.resetRequests();
				Result result = publishAndWait(newsroom, jdbc, story);
				// The journal lists the newest first.
				List<LoggedRequest> calls = new ArrayList<>(stubs.getAllServeEvents()
					.stream()
					.filter(ServeEvent::getWasMatched)
					.map(ServeEvent::getRequest)
					.toList());
				java.util.Collections.reverse(calls);
				result.requests = calls.size();
				for (LoggedRequest call : calls) {
					result.callsByPlatform.merge(call.getUrl().split("/")[1].replaceAll("-.*", ""), 1, Integer::sum);
				}
				result.baselineMillis = replayer.replay(calls);
				if (i >= warmUps) {
					results.add(result);
				}
				System.out.printf("%s story %d: confirmed %.0f ms, publish call %.0f ms, first attempt at %.0f ms, "
						+ "attempts %.0f ms, %d platform calls replayed in %.0f ms%n", i < warmUps ? "warm-up" : "measured",
						story, result.confirmedMillis, result.publishCallMillis, result.toFirstAttemptMillis,
						result.attemptMillis, result.requests, result.baselineMillis);
			}
			report(results, pollInterval);
		}
		finally {
			app.close();
			stubs.stop();
			try (Stream<Path> paths = Files.walk(work)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	/** One story's figures, in milliseconds. */
	static class Result {

		double confirmedMillis;
		double publishCallMillis;
		double toFirstQueuedMillis;
		double toFirstAttemptMillis;
		double attemptMillis;
		double gapMillis;
		double afterLastMillis;
		int attempts;
		int mostAtOnce;
		int requests;
		double baselineMillis;
		double queuedMillis = -1;
		Map<Channel, Double> byChannel = new EnumMap<>(Channel.class);
		Map<String, Integer> callsByPlatform = new java.util.TreeMap<>();
	}

	/** Publishes the approved story and polls its publications every 10 ms until all seven are published. */
	static Result publishAndWait(Newsroom newsroom, JdbcTemplate jdbc, long story) throws Exception {
		Result result = new Result();
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		newsroom.publish(story);
		result.publishCallMillis = (System.nanoTime() - start) / 1e6;
		long deadline = start + Duration.ofSeconds(120).toNanos();
		while (true) {
			Map<String, Object> states = jdbc.queryForMap("""
					SELECT COUNT(*) AS queued, COUNT(CASE WHEN state = 'PUBLISHED' THEN 1 END) AS published,
					  COUNT(CASE WHEN state NOT IN ('PUBLISHED', 'QUEUED', 'SENDING') THEN 1 END) AS stopped
					FROM publication WHERE story_id = ?""", story);
			long published = ((Number) states.get("published")).longValue();
			long stopped = ((Number) states.get("stopped")).longValue();
			if (result.queuedMillis < 0 && ((Number) states.get("queued")).longValue() == SOCIAL.size()) {
				result.queuedMillis = (System.nanoTime() - start) / 1e6;
			}
			if (published == SOCIAL.size()) {
				result.confirmedMillis = (System.nanoTime() - start) / 1e6;
				break;
			}
			if (stopped > 0 || System.nanoTime() > deadline) {
				throw new IllegalStateException("story " + story + " did not reach all seven channels: "
						+ jdbc.queryForList("SELECT channel, state, error_key, error_detail FROM publication WHERE story_id = ?",
								story));
			}
			Thread.sleep(10);
		}
		List<Map<String, Object>> attempts = jdbc.queryForList("""
				SELECT p.channel, p.created_at, a.started_at, a.finished_at, a.outcome
				FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
				WHERE p.story_id = ? ORDER BY a.started_at""", story);
		Instant firstQueued = jdbc.queryForObject("SELECT MIN(created_at) FROM publication WHERE story_id = ?",
				OffsetDateTime.class, story).toInstant();
		result.toFirstQueuedMillis = millis(startedAt, firstQueued);
		result.attempts = attempts.size();
		Instant previousEnd = null;
		List<Instant[]> windows = new ArrayList<>();
		for (Map<String, Object> attempt : attempts) {
			Instant started = instant(attempt.get("started_at"));
			Instant finished = instant(attempt.get("finished_at"));
			windows.add(new Instant[] { started, finished });
			result.attemptMillis += millis(started, finished);
			result.byChannel.merge(Channel.valueOf((String) attempt.get("channel")), millis(started, finished),
					Double::sum);
			if (previousEnd == null) {
				result.toFirstAttemptMillis = millis(startedAt, started);
			}
			else {
				result.gapMillis += millis(previousEnd, started);
			}
			previousEnd = previousEnd == null || finished.isAfter(previousEnd) ? finished : previousEnd;
		}
		result.afterLastMillis = result.confirmedMillis - millis(startedAt, previousEnd);
		for (Instant[] window : windows) {
			int atOnce = 0;
			for (Instant[] other : windows) {
				if (!other[0].isAfter(window[0]) && other[1].isAfter(window[0])) {
					atOnce++;
				}
			}
			result.mostAtOnce = Math.max(result.mostAtOnce, atOnce);
		}
		return result;
	}

	static void report(List<Result> results, String pollInterval) {
		double confirmed = median(results, r -> r.confirmedMillis);
		double baseline = median(results, r -> r.baselineMillis);
		double overhead = median(results, r -> (r.confirmedMillis - r.baselineMillis) / SOCIAL.size());
		System.out.println();
		System.out.printf("publish call to all 7 PUBLISHED:   median %.0f ms, p90 %.0f ms (aim < 5000 ms: %s)%n", confirmed,
				percentile(results, r -> r.confirmedMillis, 90), percentile(results, r -> r.confirmedMillis, 90) < 5000
						? "met" : "not met");
		System.out.printf("  the publish call itself (website): median %.0f ms%n",
				median(results, r -> r.publishCallMillis));
		System.out.printf("  publish call start -> first publication queued: median %.0f ms; all seven seen queued "
				+ "(committed): median %.0f ms%n", median(results, r -> r.toFirstQueuedMillis),
				median(results, r -> r.queuedMillis));
		System.out.printf("  publish call start -> first attempt started: median %.0f ms (poll interval %s)%n",
				median(results, r -> r.toFirstAttemptMillis), pollInterval);
		System.out.printf("  attempts (claim to PUBLISHED), sum of 7: median %.0f ms; gaps between them: median %.0f ms; "
				+ "last PUBLISHED -> seen: median %.0f ms%n", median(results, r -> r.attemptMillis),
				median(results, r -> r.gapMillis), median(results, r -> r.afterLastMillis));
		System.out.printf("  attempts per story: %s; most attempts under way at once: %s%n",
				results.stream().map(r -> r.attempts).distinct().sorted().toList(),
				results.stream().map(r -> r.mostAtOnce).distinct().sorted().toList());
		StringBuilder channels = new StringBuilder();
		for (Channel channel : SOCIAL) {
			channels.append(String.format(" %s %.0f", channel.name().toLowerCase(java.util.Locale.ROOT),
					median(results, r -> r.byChannel.getOrDefault(channel, 0.0))));
		}
		System.out.println("  attempt by channel, median ms:" + channels);
		System.out.printf("baseline, the same %s platform calls sent directly one after another: median %.0f ms%n",
				results.stream().map(r -> r.requests).distinct().sorted().toList(), baseline);
		System.out.println("  platform calls per story: " + results.get(0).callsByPlatform);
		System.out.printf("ratio confirmed / baseline: %.1f%n", confirmed / baseline);
		System.out.printf("dispatcher overhead per publication, (confirmed - baseline) / 7: median %.0f ms%n", overhead);
	}

	static void connectAccounts(ChannelAccountService accounts) {
		// No expiry, so that no refresh reaches for a token endpoint during the run.
		accounts.connect(Channel.FACEBOOK, new Grant("Dinas Uji", Stubs.PAGE, null, "EAAG-bench", null, null, null), "bench");
		accounts.connect(Channel.INSTAGRAM, new Grant("@dinas_uji", Stubs.IG_USER, "dinas_uji", "EAA-bench-ig", null,
				null, null), "bench");
		accounts.connect(Channel.THREADS, new Grant("@dinas_uji", Stubs.THREADS_USER, "dinas_uji", "TH-bench", null,
				null, null), "bench");
		accounts.connect(Channel.X, new Grant("Dinas Uji", "1440000000000000000", "dpkpp_uji", "x-bench",
				"x-refresh-bench", null, null), "bench");
		accounts.connect(Channel.YOUTUBE, new Grant("Kanal Uji", "UCbench", "dpkpp_uji", "ya29.bench", "1//bench",
				null, null), "bench");
		accounts.connect(Channel.TIKTOK, new Grant("Dinas Uji", "open-bench", "dpkpp_uji", "act.bench", "rft.bench",
				null, null), "bench");
		accounts.connect(Channel.TELEGRAM, new Grant("@dpkpp_uji", "@dpkpp_uji", "dpkpp_uji", Stubs.BOT, null, null,
				null), "bench");
	}

	/**
	 * Stubs for every call the seven connectors make for a story with one picture and one video, each answering at
	 * once and without state: every processing poll says "done" the first time it is asked.
	 */
	static final class Stubs {

		static final String PAGE = "1000000000001";
		static final String FB_VIDEO = "2000000000001";
		static final String IG_USER = "17841000000000001";
		static final String IG_CONTAINER = "17900000000000001";
		static final String IG_MEDIA = "17900000000000002";
		static final String THREADS_USER = "27000000000000001";
		static final String THREADS_CONTAINER = "27900000000000001";
		static final String THREADS_POST = "27900000000000002";
		static final String X_MEDIA = "1880000000000000001";
		static final String BOT = "7000000001:AAbenchbenchbenchbenchbenchbench";

		static void register(WireMockServer server, String base) {
			// Facebook: resumable upload on the app, the video on graph-video, its status and address.
			server.stubFor(post(urlPathMatching("/facebook/v[^/]+/test-facebook-client/uploads"))
				.willReturn(okJson("{\"id\":\"upload:YmVuY2g=\"}")));
			server.stubFor(post(urlPathMatching("/facebook/v[^/]+/upload:.*"))
				.willReturn(okJson("{\"h\":\"2::handle-bench\"}")));
			server.stubFor(post(urlPathMatching("/facebook-video/v[^/]+/" + PAGE + "/videos"))
				.willReturn(okJson("{\"id\":\"" + FB_VIDEO + "\"}")));
			server.stubFor(get(urlPathMatching("/facebook/v[^/]+/" + FB_VIDEO))
				.withQueryParam("fields", com.github.tomakehurst.wiremock.client.WireMock.equalTo("status"))
				.willReturn(okJson("{\"status\":{\"video_status\":\"ready\"},\"id\":\"" + FB_VIDEO + "\"}")));
			server.stubFor(get(urlPathMatching("/facebook/v[^/]+/" + FB_VIDEO))
				.withQueryParam("fields", com.github.tomakehurst.wiremock.client.WireMock.equalTo("permalink_url"))
				.willReturn(okJson("{\"permalink_url\":\"/" + PAGE + "/videos/" + FB_VIDEO + "/\",\"id\":\"" + FB_VIDEO
						+ "\"}")));
			// Instagram and Threads: containers (two carousel items, then the carousel), finished at once.
			containers(server, "instagram", IG_USER, IG_CONTAINER, IG_MEDIA, "media", "status_code",
					"content_publishing_limit", "{\"permalink\":\"https://www.instagram.com/p/bench/\",\"id\":\"" + IG_MEDIA
							+ "\"}");
			containers(server, "threads", THREADS_USER, THREADS_CONTAINER, THREADS_POST, "threads", "status",
					"threads_publishing_limit", "{\"permalink\":\"https://www.threads.net/@dinas_uji/post/bench\",\"id\":\""
							+ THREADS_POST + "\"}");
			// X: the chunked video upload, processed by the time it is finalised, then the post.
			server.stubFor(post(urlPathEqualTo("/x/2/media/upload/initialize")).willReturn(okJson("{\"data\":{\"id\":\""
					+ X_MEDIA + "\",\"media_key\":\"13_" + X_MEDIA + "\",\"expires_after_secs\":86400}}")));
			server.stubFor(post(urlPathEqualTo("/x/2/media/upload/" + X_MEDIA + "/append"))
				.willReturn(aResponse().withStatus(204)));
			server.stubFor(post(urlPathEqualTo("/x/2/media/upload/" + X_MEDIA + "/finalize"))
				.willReturn(okJson("{\"data\":{\"id\":\"" + X_MEDIA + "\",\"media_key\":\"13_" + X_MEDIA
						+ "\",\"processing_info\":{\"state\":\"succeeded\",\"progress_percent\":100}}}")));
			server.stubFor(post(urlPathEqualTo("/x/2/tweets")).willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1880000000000000002\",\"edit_history_tweet_ids\":[\"1880000000000000002\"],"
						+ "\"text\":\"…\"}}")));
			// YouTube: a resumable session, the whole file in one chunk, processed at the first look.
			String session = "/youtube/upload/youtube/v3/videos?uploadType=resumable&upload_id=bench";
			server.stubFor(post(urlPathEqualTo("/youtube/upload/youtube/v3/videos"))
				.willReturn(aResponse().withStatus(200).withHeader("Location", base + session)));
			server.stubFor(put(urlPathEqualTo("/youtube/upload/youtube/v3/videos"))
				.willReturn(okJson("{\"kind\":\"youtube#video\",\"id\":\"VidBench\",\"status\":{\"uploadStatus\":"
						+ "\"uploaded\",\"privacyStatus\":\"public\"}}")));
			server.stubFor(get(urlPathEqualTo("/youtube/youtube/v3/videos")).willReturn(okJson("{\"items\":[{\"id\":"
					+ "\"VidBench\",\"status\":{\"uploadStatus\":\"processed\",\"privacyStatus\":\"public\"},"
					+ "\"processingDetails\":{\"processingStatus\":\"succeeded\"}}]}")));
			// TikTok: creator info, init, the file in one chunk, complete at the first status fetch.
			String ok = ",\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"bench\"}}";
			server.stubFor(post(urlPathEqualTo("/tiktok/v2/post/publish/creator_info/query/"))
				.willReturn(okJson("{\"data\":{\"creator_username\":\"dpkpp_uji\",\"creator_nickname\":\"Dinas Uji\","
						+ "\"privacy_level_options\":[\"PUBLIC_TO_EVERYONE\",\"SELF_ONLY\"],\"comment_disabled\":false,"
						+ "\"duet_disabled\":false,\"stitch_disabled\":true,\"max_video_post_duration_sec\":600}" + ok)));
			server.stubFor(post(urlPathEqualTo("/tiktok/v2/post/publish/video/init/"))
				.willReturn(okJson("{\"data\":{\"publish_id\":\"v_pub_file~v2-1.bench\",\"upload_url\":\"" + base
						+ "/tiktok-upload/video/?upload_id=bench&upload_token=bench\"}" + ok)));
			server.stubFor(put(urlPathEqualTo("/tiktok-upload/video/")).willReturn(aResponse().withStatus(201)));
			server.stubFor(post(urlPathEqualTo("/tiktok/v2/post/publish/status/fetch/"))
				.willReturn(okJson("{\"data\":{\"status\":\"PUBLISH_COMPLETE\",\"publicaly_available_post_id\":"
						+ "[7300000000000000001]}" + ok)));
			// Telegram: the video by its address.
			server.stubFor(post(urlPathEqualTo("/telegram/bot" + BOT + "/sendVideo"))
				.willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":501,\"chat\":{\"id\":-1001234567890,"
						+ "\"username\":\"dpkpp_uji\",\"type\":\"channel\"},\"date\":1717000000}}")));
		}

		private static void containers(WireMockServer server, String prefix, String user, String container,
				String posted, String edge, String statusField, String quotaEdge, String permalink) {
			String api = "/" + prefix + "/v[^/]+/";
			server.stubFor(post(urlPathMatching(api + user + "/" + edge))
				.willReturn(okJson("{\"id\":\"" + container + "\"}")));
			server.stubFor(get(urlPathMatching(api + container))
				.willReturn(okJson("{\"" + statusField + "\":\"FINISHED\",\"id\":\"" + container + "\"}")));
			server.stubFor(get(urlPathMatching(api + user + "/" + quotaEdge)).willReturn(okJson(
					"{\"data\":[{\"quota_usage\":1,\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));
			server.stubFor(post(urlPathMatching(api + user + "/" + edge + "_publish"))
				.willReturn(okJson("{\"id\":\"" + posted + "\"}")));
			server.stubFor(get(urlPathMatching(api + posted)).willReturn(okJson(permalink)));
		}
	}

	/**
	 * The newsroom through its JSON API, signed in as the demo accounts: a contributor sends a picture and a video,
	 * the content admin composes the story for the seven channels and submits it, a screener approves it.
	 */
	static final class Newsroom {

		private final String site;
		private final JdbcTemplate jdbc;
		private final Session contributor;
		private final Session admin;
		private final Session screener;

		Newsroom(String site, JdbcTemplate jdbc) throws Exception {
			this.site = site;
			this.jdbc = jdbc;
			this.contributor = new Session("kontributor");
			this.admin = new Session("admin.konten");
			this.screener = new Session("penyaring");
		}

		/** An approved story with text, one picture and one short video, for all seven channels; media processed. */
		long approvedStory(int number, int videoBytes) throws Exception {
			String title = "Uji kecepatan kanal " + number + " " + UUID.randomUUID().toString().substring(0, 8);
			Multipart form = new Multipart().field("title", title)
				.field("description", "Rapat koordinasi dinas, uji kecepatan pengiriman ke kanal sosial.")
				.field("activityAt", "2026-11-20T02:00:00Z")
				.file("files", "foto.jpg", "image/jpeg",
						TestFiles.jpeg(1200, 800, new Color((number * 53) % 256, (number * 97) % 256, 120)))
				.field("captions", "Foto kegiatan")
				.file("files", "video.mp4", "video/mp4", TestFiles.mp4Noise(videoBytes, 1000 + number))
				.field("captions", "Video kegiatan");
			JsonNode material = contributor.send("POST", "/api/v1/materials", form.contentType(), form.bytes());
			long picture = material.path("files").path(0).path("mediaId").asLong();
			long video = material.path("files").path(1).path("mediaId").asLong();
			long story = admin.json("POST", "/api/v1/stories",
					"{\"materialIds\":[" + material.path("id").asLong() + "],\"type\":\"NEWS\"}").path("id").asLong();

			JsonNode view = admin.json("GET", "/api/v1/stories/" + story, null);
			ObjectNode content = (ObjectNode) view.path("current").path("content");
			content.put("featuredMediaId", picture);
			content.put("featuredAlt", "Foto kegiatan");
			content.putArray("galleryMediaIds").add(video);
			ArrayNode channels = content.putArray("channels");
			ObjectNode texts = content.putObject("channelTexts");
			for (Channel channel : SOCIAL) {
				channels.add(channel.name());
				texts.put(channel.name(), "Rapat koordinasi dinas hari ini. Uji kecepatan " + number + ".");
			}
			content.put("version", view.path("version").asLong());
			content.set("divisionId", view.path("divisionId"));
			admin.json("PUT", "/api/v1/stories/" + story, JSON.writeValueAsString(content));
			JsonNode submitted = admin.json("POST", "/api/v1/stories/" + story + "/submit", null);
			screener.json("POST", "/api/v1/stories/" + story + "/decisions", "{\"decision\":\"APPROVE\",\"revision\":"
					+ submitted.path("current").path("number").asInt() + "}");
			awaitProcessed(picture, video);
			return story;
		}

		/** "Terbitkan": the story goes public on the website, and its channel publications are queued. */
		void publish(long story) throws Exception {
			admin.json("POST", "/api/v1/stories/" + story + "/publish", null);
		}

		/** Waits until the media processing has done with both files, and checks the picture has its renditions. */
		private void awaitProcessed(long picture, long video) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (jdbc.queryForObject("""
					SELECT COUNT(*) FROM media_asset WHERE id IN (?, ?) AND processing_status IN ('PENDING', 'PROCESSING')""",
					Integer.class, picture, video) > 0) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("media " + picture + ", " + video + " still being processed");
				}
				Thread.sleep(50);
			}
			String status = jdbc.queryForObject("SELECT processing_status FROM media_asset WHERE id = ?", String.class,
					picture);
			if (!"DONE".equals(status)) {
				throw new IllegalStateException("the picture's processing ended " + status);
			}
		}

		/** A signed-in staff member: session cookie and CSRF token. */
		final class Session {

			private final HttpClient client;
			private final String csrf;

			Session(String username) throws Exception {
				this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				String page = text(request("/masuk").GET());
				Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
				if (!token.find()) {
					throw new IllegalStateException("no CSRF token on the sign-in page");
				}
				text(request("/masuk").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + PASSWORD
							+ "&_csrf=" + token.group(1))));
				this.csrf = JSON.readTree(text(request("/api/v1/csrf").GET())).path("token").asString();
			}

			JsonNode json(String method, String path, String body) throws Exception {
				return send(method, path, "application/json",
						body == null ? null : body.getBytes(StandardCharsets.UTF_8));
			}

			JsonNode send(String method, String path, String contentType, byte[] body) throws Exception {
				HttpRequest.Builder request = request(path).header("X-CSRF-TOKEN", csrf).header("Accept",
						"application/json");
				if (body != null) {
					request.header("Content-Type", contentType);
				}
				request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(body));
				HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 != 2) {
					throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
							+ response.body());
				}
				return JSON.readTree(response.body());
			}

			private HttpRequest.Builder request(String path) {
				return HttpRequest.newBuilder(URI.create(site + path)).timeout(Duration.ofSeconds(60));
			}

			private String text(HttpRequest.Builder request) throws IOException, InterruptedException {
				return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
			}
		}
	}

	/** A multipart/form-data body. */
	static final class Multipart {

		private final String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			head("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
			out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart file(String name, String fileName, String type, byte[] bytes) {
			head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
					+ type + "\r\n\r\n");
			out.writeBytes(bytes);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		byte[] bytes() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(out.toByteArray());
			all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return all.toByteArray();
		}

		private void head(String text) {
			out.writeBytes(("--" + boundary + "\r\n" + text).getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Sends requests from WireMock's journal again, in order, with the headers and body they had, through an HTTP/1.1
	 * client like the connectors' own, and returns the time in milliseconds.
	 */
	static final class Replayer {

		private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "upgrade",
				"expect", "transfer-encoding", "http2-settings");

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		double replay(List<LoggedRequest> requests) throws Exception {
			List<HttpRequest> prepared = new ArrayList<>();
			for (LoggedRequest logged : requests) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(logged.getAbsoluteUrl()))
					.timeout(Duration.ofSeconds(60));
				for (HttpHeader header : logged.getHeaders().all()) {
					if (!RESTRICTED.contains(header.key().toLowerCase(java.util.Locale.ROOT))) {
						for (String value : header.values()) {
							request.header(header.key(), value);
						}
					}
				}
				byte[] body = logged.getBody();
				request.method(logged.getMethod().getName(), body == null || body.length == 0
						? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
				prepared.add(request.build());
			}
			// Three times, the median: one replay is short enough for a busy machine to disturb it.
			double[] millis = new double[3];
			for (int round = 0; round < millis.length; round++) {
				long start = System.nanoTime();
				for (HttpRequest request : prepared) {
					int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
					if (status >= 400) {
						throw new IllegalStateException("replaying " + request.uri() + " answered " + status);
					}
				}
				millis[round] = (System.nanoTime() - start) / 1e6;
			}
			java.util.Arrays.sort(millis);
			return millis[1];
		}
	}

	static double millis(Instant from, Instant to) {
		return Duration.between(from, to).toNanos() / 1e6;
	}

	static Instant instant(Object value) {
		return value instanceof OffsetDateTime time ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	static double median(List<Result> results, ToDoubleFunction<Result> figure) {
		double[] values = results.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	/** The nearest-rank percentile. */
	static double percentile(List<Result> results, ToDoubleFunction<Result> figure, int percent) {
		double[] values = results.stream().mapToDouble(figure).sorted().toArray();
		int rank = (int) Math.ceil(percent / 100.0 * values.length);
		return values[Math.max(0, rank - 1)];
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].matches("-[nwpvl]") || i + 1 == args.length) {
				throw new IllegalArgumentException(
						"usage: [-n stories] [-w warm-ups] [-p poll-interval] [-v video-bytes] [-l stub-latency-ms]");
			}
			options.put(args[i].substring(1), args[i + 1]);
		}
		return options;
	}
}
