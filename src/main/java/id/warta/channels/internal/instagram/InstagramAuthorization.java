package id.warta.channels.internal.instagram;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.meta.GraphRequests;
import id.warta.channels.internal.meta.MetaAuthorization;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Connecting Instagram through Facebook Login (channels/API-CONTRACTS.md §1–2): the Facebook consent page, the
 * code traded for a short-lived user token and that for a long-lived one (about 60 days), then the Pages the
 * person manages, each with its linked Instagram professional account. There is no refresh on this path: the
 * account service warns seven days before the token expires, and staff connect again.
 */
@Component
class InstagramAuthorization extends MetaAuthorization {

	InstagramAuthorization(PlatformHttp http, ChannelSettings settings) {
		super(http, settings, Channel.INSTAGRAM, "Facebook");
	}

	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		ChannelSettings.Platform platform = platform();
		JsonNode shortLived = get(platform.token(), "", GraphRequests.parameters("client_id", platform.clientId(),
				"redirect_uri", redirect.toString(), "client_secret", platform.clientSecret(), "code", code));
		JsonNode longLived = get(platform.token(), "", GraphRequests.parameters("grant_type", "fb_exchange_token",
				"client_id", platform.clientId(), "client_secret", platform.clientSecret(), "fb_exchange_token",
				shortLived.path("access_token").asText()));
		String token = longLived.path("access_token").asText();
		JsonNode pages = get(platform.api(), "me/accounts",
				GraphRequests.parameters("fields", "instagram_business_account,name", "access_token", token));
		List<Grant> grants = new ArrayList<>();
		for (JsonNode page : pages.path("data")) {
			JsonNode instagram = page.path("instagram_business_account");
			String id = instagram.path("id").asText("");
			if (!id.isBlank()) {
				String username = instagram.path("username").asText(null);
				String name = username != null ? "@" + username : page.path("name").asText(id);
				grants.add(new Grant(name, id, username, token, null, expiresIn(longLived), null));
			}
		}
		return grants;
	}
}
