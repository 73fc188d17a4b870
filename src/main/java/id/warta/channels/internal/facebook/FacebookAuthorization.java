package id.warta.channels.internal.facebook;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.ChannelAuthorization;
import id.warta.channels.internal.ChannelSettings;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Connecting a Facebook Page: the login dialog with {@code state}, the code traded for a short-lived user token,
 * that token for a long-lived one (about 60 days, as {@code expires_in} says), and the Page token from
 * {@code /me/accounts}. Facebook gives no refresh token: when the token nears its end staff connect again.
 */
@Component
class FacebookAuthorization implements ChannelAuthorization {

	private final FacebookGraph graph;

	FacebookAuthorization(FacebookGraph graph) {
		this.graph = graph;
	}

	@Override
	public Channel channel() {
		return Channel.FACEBOOK;
	}

	@Override
	public URI authorizeUrl(String state, String codeChallenge, URI redirect) {
		ChannelSettings.Platform platform = graph.platform();
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", platform.clientId());
		query.put("redirect_uri", redirect.toString());
		query.put("state", state);
		query.put("response_type", "code");
		if (platform.scopes() != null && !platform.scopes().isBlank()) {
			query.put("scope", platform.scopes());
		}
		StringBuilder address = new StringBuilder(platform.authorize().toString());
		query.forEach((key, value) -> address.append(address.indexOf("?") < 0 ? '?' : '&')
			.append(key)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return URI.create(address.toString());
	}

	/** One grant per Page the person manages, in Facebook's order; each carries that Page's token. */
	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		ChannelSettings.Platform platform = graph.platform();
		String shortLived = token(graph.get(platform.token(), Map.of("client_id", platform.clientId(), "redirect_uri",
				redirect.toString(), "client_secret", platform.clientSecret(), "code", code)));
		JsonNode longLived = graph.get(platform.token(), Map.of("grant_type", "fb_exchange_token", "client_id",
				platform.clientId(), "client_secret", platform.clientSecret(), "fb_exchange_token", shortLived));
		String userToken = token(longLived);
		Long expiresIn = longLived.path("expires_in").canConvertToLong() ? longLived.path("expires_in").asLong()
				: null;
		JsonNode pages = graph.get("me/accounts", Map.of("fields", "id,name,access_token"), userToken);
		List<Grant> grants = new ArrayList<>();
		for (JsonNode page : pages.path("data").values()) {
			String pageToken = page.path("access_token").asText("");
			if (!pageToken.isBlank()) {
				grants.add(new Grant(page.path("name").asText(), page.path("id").asText(), null, pageToken, null,
						expiresIn, null));
			}
		}
		return grants;
	}

	private static String token(JsonNode answer) {
		String token = answer.path("access_token").asText("");
		if (token.isBlank()) {
			throw ChannelFailure.token("Facebook gave no access token");
		}
		return token;
	}
}
