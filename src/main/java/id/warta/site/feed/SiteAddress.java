package id.warta.site.feed;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the public website lives. Feeds, the sitemap and robots.txt carry absolute URLs, because feed readers and
 * search engines read them outside the page that linked them.
 *
 * @param baseUrl the public address, such as {@code https://dpkpp.bekasikota.go.id}; by default the one in e-mails
 */
@Validated
@ConfigurationProperties("warta.site")
public record SiteAddress(@NotNull URI baseUrl) {

	public String absolute(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	public String host() {
		return baseUrl.getHost() == null ? "localhost" : baseUrl.getHost();
	}
}
