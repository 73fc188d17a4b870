package id.warta.channels.internal.tiktok;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.internal.ChannelAuthorization;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.TokenEndpoint;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * TikTok's Login Kit for the agency's account: {@code state} and PKCE (S256), the code traded at
 * {@code /v2/oauth/token/}, and refreshing with a refresh token that changes every time; the newest is kept.
 */
@Component
class TikTokAuthorization implements ChannelAuthorization {

	private final TokenEndpoint tokens;
	private final ChannelSettings settings;
	private final TikTokApi api;

	TikTokAuthorization(TokenEndpoint tokens, ChannelSettings settings, TikTokApi api) {
		this.tokens = tokens;
		this.settings = settings;
		this.api = api;
	}

	@Override
	public Channel channel() {
		return Channel.TIKTOK;
	}

	@Override
	public boolean usesPkce() {
		return true;
	}

	@Override
	public URI authorizeUrl(String state, String codeChallenge, URI redirect) {
		ChannelSettings.Platform tiktok = settings.platform(Channel.TIKTOK);
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_key", tiktok.clientId());
		query.put("scope", tiktok.scopes());
		query.put("response_type", "code");
		query.put("redirect_uri", redirect.toString());
		query.put("state", state);
		query.put("code_challenge", codeChallenge);
		query.put("code_challenge_method", "S256");
		return URI.create(tiktok.authorize() + "?" + TokenEndpoint.form(query));
	}

	/** Trades the code, then asks TikTok whose account it is (its name and handle, for the back office and links). */
	@Override
	public List<Grant> exchange(String code, String codeVerifier, URI redirect) {
		ChannelSettings.Platform tiktok = settings.platform(Channel.TIKTOK);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_key", tiktok.clientId());
		form.put("client_secret", tiktok.clientSecret());
		form.put("code", code);
		form.put("grant_type", "authorization_code");
		form.put("redirect_uri", redirect.toString());
		form.put("code_verifier", codeVerifier);
		JsonNode granted = tokens.post(tiktok.token(), form, "TikTok");
		String openId = granted.path("open_id").asText();
		TikTokApi.CreatorInfo creator = api.creatorInfo(granted.path("access_token").asText());
		String name = creator.nickname() != null ? creator.nickname() : creator.username();
		return List.of(grant(name != null ? name : openId, openId, creator.username(), granted));
	}

	@Override
	public Optional<Grant> refresh(Grant current) {
		if (current.refreshToken() == null) {
			return Optional.empty();
		}
		ChannelSettings.Platform tiktok = settings.platform(Channel.TIKTOK);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_key", tiktok.clientId());
		form.put("client_secret", tiktok.clientSecret());
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", current.refreshToken());
		return Optional.of(grant(current.name(), current.accountRef(), current.handle(),
				tokens.post(tiktok.token(), form, "TikTok")));
	}

	/** Every answer carries a new refresh token and its own lifetimes: all are kept. */
	private static Grant grant(String name, String openId, String handle, JsonNode granted) {
		return new Grant(name, openId, handle, granted.path("access_token").asText(),
				granted.path("refresh_token").asText(null), TokenEndpoint.seconds(granted, "expires_in"),
				TokenEndpoint.seconds(granted, "refresh_expires_in"));
	}
}
