package id.warta.channels.internal.facebook;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.meta.GraphErrors;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Calls to the Graph API for a Page: the token and parameters in the query string, JSON or form bodies, and every
 * answer that is not a success turned into a {@link id.warta.channels.ChannelFailure} by {@link GraphErrors}.
 */
@Component
class FacebookGraph {

	static final String PLATFORM = "Facebook";

	private final PlatformHttp http;
	private final ChannelSettings settings;

	FacebookGraph(PlatformHttp http, ChannelSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	ChannelSettings.Platform platform() {
		return settings.platform(Channel.FACEBOOK);
	}

	JsonNode get(String path, Map<String, String> query, String token) {
		return send(HttpRequest.newBuilder(api(path, query, token)).GET(), false);
	}

	/** A post with a JSON body, or with its parameters in the query string only when the body is null. */
	JsonNode postJson(String path, Map<String, String> query, Map<String, Object> body, String token,
			boolean publicStep) {
		HttpRequest.Builder request = HttpRequest.newBuilder(api(path, query, token));
		if (body == null) {
			return send(request.POST(HttpRequest.BodyPublishers.noBody()), publicStep);
		}
		return send(request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.json(body))), publicStep);
	}

	/** A form post to another base, such as graph-video for videos. */
	JsonNode postForm(URI base, String path, Map<String, String> form, String token, boolean publicStep) {
		return send(HttpRequest.newBuilder(uri(base, path, withToken(Map.of(), token)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(query(form))), publicStep);
	}

	/** One chunk of a resumable upload to {@code upload:<session>}, the token in the header as Meta asks. */
	JsonNode postChunk(String session, byte[] chunk, long offset, String token) {
		return send(HttpRequest.newBuilder(URI.create(platform().api() + "/" + session))
			.header("Authorization", "OAuth " + token)
			.header("file_offset", Long.toString(offset))
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(chunk)), false);
	}

	void delete(String path, String token) {
		send(HttpRequest.newBuilder(api(path, Map.of(), token)).DELETE(), false);
	}

	/** Any Graph address, such as the token endpoint, with its parameters in the query string. */
	JsonNode get(URI base, Map<String, String> query) {
		return send(HttpRequest.newBuilder(uri(base, "", query)).GET(), false);
	}

	private JsonNode send(HttpRequest.Builder request, boolean publicStep) {
		PlatformHttp.Answer answer = http.send(request, publicStep);
		if (!answer.ok()) {
			throw GraphErrors.failure(PLATFORM, answer, publicStep);
		}
		return answer.json();
	}

	private URI api(String path, Map<String, String> query, String token) {
		return uri(platform().api(), path, withToken(query, token));
	}

	private static Map<String, String> withToken(Map<String, String> query, String token) {
		Map<String, String> all = new LinkedHashMap<>(query);
		all.put("access_token", token);
		return all;
	}

	private static URI uri(URI base, String path, Map<String, String> query) {
		String address = path.isEmpty() ? base.toString() : base + "/" + path;
		return URI.create(query.isEmpty() ? address : address + "?" + query(query));
	}

	private static String query(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The address people open for a post or video, looked up by its id. */
	String permalink(String id, String token) {
		String permalink = absolute(get(id, Map.of("fields", "permalink_url"), token).path("permalink_url").asText(null));
		return permalink != null ? permalink : "https://www.facebook.com/" + id;
	}

	/** Meta gives some permalinks (videos) as a path on facebook.com. */
	static String absolute(String permalink) {
		if (permalink == null || permalink.isBlank()) {
			return null;
		}
		return permalink.startsWith("/") ? "https://www.facebook.com" + permalink : permalink;
	}
}
