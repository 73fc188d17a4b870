package id.warta.channels.internal.threads;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.meta.GraphRequests;
import id.warta.channels.internal.meta.MetaAuthorization;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Connecting Threads (channels/API-CONTRACTS.md §7): the Threads consent page, the code traded for a short-lived
 * token and that for a long-lived one ({@code th_exchange_token}, about 60 days), and the profile it acts for.
 * The long-lived token is refreshed with itself ({@code th_refresh_token}) before it expires.
 */
@Component
class ThreadsAuthorization extends MetaAuthorization {

	ThreadsAuthorization(PlatformHttp http, ChannelSettings settings) {
		super(http, settings, Channel.THREADS, "Threads");
	}

	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		ChannelSettings.Platform platform = platform();
		JsonNode shortLived = ask(GraphRequests.post(platform.token(), "", GraphRequests.parameters("client_id",
				platform.clientId(), "client_secret", platform.clientSecret(), "grant_type", "authorization_code",
				"redirect_uri", redirect.toString(), "code", code)));
		JsonNode longLived = get(platform.api(), "access_token", GraphRequests.parameters("grant_type",
				"th_exchange_token", "client_secret", platform.clientSecret(), "access_token",
				shortLived.path("access_token").asText()));
		String token = longLived.path("access_token").asText();
		JsonNode me = get(platform.api(), "me", GraphRequests.parameters("fields", "id,username", "access_token", token));
		String id = me.path("id").asText(shortLived.path("user_id").asText(""));
		if (id.isBlank()) {
			return List.of();
		}
		String username = me.path("username").asText(null);
		return List.of(new Grant(username != null ? "@" + username : id, id, username, token, null,
				expiresIn(longLived), null));
	}

	@Override
	public Optional<Grant> refresh(Grant current) {
		JsonNode fresh = get(platform().api(), "refresh_access_token",
				GraphRequests.parameters("grant_type", "th_refresh_token", "access_token", current.accessToken()));
		return Optional.of(new Grant(current.name(), current.accountRef(), current.handle(),
				fresh.path("access_token").asText(), null, expiresIn(fresh), null));
	}
}
