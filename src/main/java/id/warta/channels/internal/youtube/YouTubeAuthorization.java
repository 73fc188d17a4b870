package id.warta.channels.internal.youtube;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.internal.ChannelAuthorization;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.TokenEndpoint;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Google's OAuth for the agency's YouTube channel: offline access with consent asked every time, so that Google
 * always gives a refresh token; access tokens last an hour and are refreshed with it.
 */
@Component
class YouTubeAuthorization implements ChannelAuthorization {

	private final PlatformHttp http;
	private final TokenEndpoint tokens;
	private final ChannelSettings settings;
	private final Clock clock;

	YouTubeAuthorization(PlatformHttp http, TokenEndpoint tokens, ChannelSettings settings, Clock clock) {
		this.http = http;
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.YOUTUBE;
	}

	@Override
	public URI authorizeUrl(String state, String codeChallenge, URI redirect) {
		ChannelSettings.Platform google = settings.platform(Channel.YOUTUBE);
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", google.clientId());
		query.put("redirect_uri", redirect.toString());
		query.put("response_type", "code");
		query.put("scope", google.scopes());
		query.put("access_type", "offline");
		query.put("prompt", "consent");
		query.put("state", state);
		return URI.create(google.authorize() + "?" + TokenEndpoint.form(query));
	}

	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		ChannelSettings.Platform google = settings.platform(Channel.YOUTUBE);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("client_id", google.clientId());
		form.put("client_secret", google.clientSecret());
		form.put("redirect_uri", redirect.toString());
		form.put("grant_type", "authorization_code");
		JsonNode granted = tokens.post(google.token(), form, "Google");
		String accessToken = granted.path("access_token").asText();
		PlatformHttp.Answer answer = http.send(HttpRequest
			.newBuilder(URI.create(google.api() + "/channels?part=snippet&mine=true"))
			.header("Authorization", "Bearer " + accessToken).GET(), false);
		if (!answer.ok()) {
			throw YouTubeFailures.of(answer, clock.instant());
		}
		return answer.json().path("items").values().stream().map(channel -> {
			String handle = channel.path("snippet").path("customUrl").asText("");
			return new Grant(channel.path("snippet").path("title").asText(channel.path("id").asText()),
					channel.path("id").asText(), handle.isEmpty() ? null : handle.replaceFirst("^@", ""), accessToken,
					granted.path("refresh_token").asText(null), TokenEndpoint.seconds(granted, "expires_in"), null);
		}).toList();
	}

	@Override
	public Optional<Grant> refresh(Grant current) {
		if (current.refreshToken() == null) {
			return Optional.empty();
		}
		ChannelSettings.Platform google = settings.platform(Channel.YOUTUBE);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_id", google.clientId());
		form.put("client_secret", google.clientSecret());
		form.put("refresh_token", current.refreshToken());
		form.put("grant_type", "refresh_token");
		JsonNode granted = tokens.post(google.token(), form, "Google");
		// Google usually keeps the refresh token; should it send a new one, that one is kept.
		return Optional.of(new Grant(current.name(), current.accountRef(), current.handle(),
				granted.path("access_token").asText(), granted.path("refresh_token").asText(null),
				TokenEndpoint.seconds(granted, "expires_in"), null));
	}
}
