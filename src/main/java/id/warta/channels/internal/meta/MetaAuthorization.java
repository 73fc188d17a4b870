package id.warta.channels.internal.meta;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import id.warta.channels.internal.ChannelAuthorization;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;
import tools.jackson.databind.JsonNode;

/**
 * What Meta's OAuth flows share: a consent page with {@code state} and no PKCE, and token and account answers in
 * the Graph API's way, a refusal being a {@link MetaErrors} failure.
 */
public abstract class MetaAuthorization implements ChannelAuthorization {

	protected final PlatformHttp http;
	private final ChannelSettings settings;
	private final Channel channel;
	private final String name;

	protected MetaAuthorization(PlatformHttp http, ChannelSettings settings, Channel channel, String name) {
		this.http = http;
		this.settings = settings;
		this.channel = channel;
		this.name = name;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	/** The consent page: {@code client_id}, {@code redirect_uri}, {@code state}, {@code scope}, {@code response_type=code}. */
	@Override
	public URI authorizeUrl(String state, String codeChallenge, URI redirect) {
		ChannelSettings.Platform platform = platform();
		return GraphRequests.address(platform.authorize(), "", GraphRequests.parameters("client_id",
				platform.clientId(), "redirect_uri", redirect.toString(), "state", state, "scope",
				platform.scopes() == null ? "" : platform.scopes(), "response_type", "code"));
	}

	protected ChannelSettings.Platform platform() {
		return settings.platform(channel);
	}

	/** A GET to the token endpoint ({@code path} empty) or below the API base, answered with JSON. */
	protected JsonNode get(URI base, String path, Map<String, String> query) {
		return ask(GraphRequests.get(base, path, query));
	}

	/** Sends a token or account request and returns its JSON; a refusal is thrown as a {@link MetaErrors} failure. */
	protected JsonNode ask(HttpRequest.Builder request) {
		PlatformHttp.Answer answer = http.send(request, false);
		if (!answer.ok()) {
			throw MetaErrors.failure(name, answer);
		}
		return answer.json();
	}

	/** A token's life in seconds as the platform said; null when it did not say. */
	protected static Long expiresIn(JsonNode token) {
		JsonNode value = token.path("expires_in");
		return value.isNumber() || value.isTextual() && value.asText().matches("\\d+") ? value.asLong() : null;
	}
}
