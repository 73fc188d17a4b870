package id.warta.channels.internal.x;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.ChannelAuthorization;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Connecting an X account through OAuth 2.0 with PKCE (S256): the consent page, the code traded for a two-hour
 * access token and a refresh token, and {@code GET /2/users/me} for the account's id, name and handle. X rotates
 * refresh tokens, so each refresh returns the one to keep.
 */
@Component
class XAuthorization implements ChannelAuthorization {

	private static final Logger log = LoggerFactory.getLogger(XAuthorization.class);

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final Clock clock;

	XAuthorization(PlatformHttp http, ChannelSettings settings, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.X;
	}

	@Override
	public boolean usesPkce() {
		return true;
	}

	@Override
	public URI authorizeUrl(String state, String codeChallenge, URI redirect) {
		ChannelSettings.Platform platform = settings.platform(Channel.X);
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", platform.clientId());
		query.put("redirect_uri", redirect.toString());
		query.put("scope", platform.scopes() == null ? "" : platform.scopes());
		query.put("state", state);
		query.put("code_challenge", codeChallenge);
		query.put("code_challenge_method", "S256");
		return URI.create(platform.authorize() + "?" + encode(query));
	}

	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirect.toString());
		form.put("code_verifier", codeVerifier);
		JsonNode tokens = token(form);
		String accessToken = tokens.path("access_token").asString();
		PlatformHttp.Answer answer = http.send(HttpRequest.newBuilder(URI.create(settings.platform(Channel.X).api()
				+ "/users/me")).header("Authorization", "Bearer " + accessToken).GET(), false);
		if (!answer.ok()) {
			throw XErrors.failure(answer, clock, "channel.failure.refused");
		}
		JsonNode user = answer.json().path("data");
		return List.of(new Grant(user.path("name").asString(), user.path("id").asString(),
				user.path("username").asString(), accessToken, tokens.path("refresh_token").asString(null),
				expiresIn(tokens), null));
	}

	/**
	 * A fresh pair of tokens. A refused refresh token needs the account connected again (the exception says so to
	 * the account service); a platform that does not answer leaves the current token in use until the next try.
	 */
	@Override
	public Optional<Grant> refresh(Grant current) {
		if (current.refreshToken() == null) {
			return Optional.empty();
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", current.refreshToken());
		try {
			JsonNode tokens = token(form);
			return Optional.of(new Grant(current.name(), current.accountRef(), current.handle(),
					tokens.path("access_token").asString(), tokens.path("refresh_token").asString(null),
					expiresIn(tokens), null));
		}
		catch (ChannelFailure failure) {
			if (failure.kind() != ChannelFailure.Kind.TRANSIENT) {
				throw failure;
			}
			log.warn("X did not refresh the token this time: {}", failure.platformMessage());
			return Optional.empty();
		}
	}

	/** {@code POST /2/oauth2/token}: the app authenticates with HTTP Basic when it has a secret (confidential). */
	private JsonNode token(Map<String, String> form) {
		ChannelSettings.Platform platform = settings.platform(Channel.X);
		Map<String, String> body = new LinkedHashMap<>(form);
		body.put("client_id", platform.clientId());
		HttpRequest.Builder request = HttpRequest.newBuilder(platform.token())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(body)));
		if (platform.clientSecret() != null && !platform.clientSecret().isBlank()) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
					(platform.clientId() + ":" + platform.clientSecret()).getBytes(StandardCharsets.UTF_8)));
		}
		PlatformHttp.Answer answer = http.send(request, false);
		if (!answer.ok() || answer.json().path("access_token").asString("").isBlank()) {
			throw answer.status() >= 500 || answer.status() == 429 ? XErrors.failure(answer, clock, "channel.failure.refused")
					: ChannelFailure.token(XErrors.words(answer, answer.json()));
		}
		return answer.json();
	}

	private static Long expiresIn(JsonNode tokens) {
		JsonNode seconds = tokens.path("expires_in");
		return seconds.isNumber() ? seconds.asLong() : null;
	}

	/** Form and query encoding, with spaces as {@code %20} so that the scope list reads the same everywhere. */
	static String encode(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
			.collect(Collectors.joining("&"));
	}
}
