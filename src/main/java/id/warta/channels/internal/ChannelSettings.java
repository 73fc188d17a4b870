package id.warta.channels.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import id.warta.newsroom.Channel;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the channel connectors.
 *
 * @param tokenKey base64 of the 32-byte AES key that encrypts tokens at rest; when empty, a key is made once into
 * {@code tokenKeyFile}. Never in the database.
 * @param connectTimeout how long to wait for a platform to accept a connection
 * @param readTimeout how long to wait for a platform's answer; past it, a call that makes a post public is
 * ambiguous and is reconciled, never repeated
 * @param platforms each platform's addresses and the agency's app credentials, by channel name in lower case
 */
@Validated
@ConfigurationProperties("warta.channels")
public record ChannelSettings(@DefaultValue("") String tokenKey,
		@NotNull @DefaultValue("./data/keys/channels.key") Path tokenKeyFile,
		@NotNull @DefaultValue("10s") Duration connectTimeout, @NotNull @DefaultValue("60s") Duration readTimeout,
		@NotNull @DefaultValue("5s") Duration pollInterval, @DefaultValue("60") int maxPolls,
		Map<String, Platform> platforms) {

	public ChannelSettings {
		platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
	}

	public Platform platform(Channel channel) {
		Platform platform = platforms.get(channel.name().toLowerCase(java.util.Locale.ROOT));
		if (platform == null) {
			throw new IllegalStateException("No settings for " + channel + " under warta.channels.platforms");
		}
		return platform;
	}

	/**
	 * One platform: where its API, uploads and authorisation live, and the agency's app there.
	 *
	 * @param api the API base, such as {@code https://graph.facebook.com/v20.0}
	 * @param upload the upload base where the platform has a separate one; else the API base
	 */
	public record Platform(URI api, URI upload, URI authorize, URI token, String clientId, String clientSecret,
			String scopes) {

		public URI uploadBase() {
			return upload != null ? upload : api;
		}

		public boolean configured() {
			return clientId != null && !clientId.isBlank();
		}
	}
}
