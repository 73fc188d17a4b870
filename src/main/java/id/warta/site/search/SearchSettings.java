package id.warta.site.search;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public site's search.
 *
 * @param directory where the index is kept between starts; none keeps it in memory and builds it anew in the
 * background at every start (searches find nothing until it is built)
 * @param pageSize hits on one page
 * @param longestQuery the longest query, in characters; a longer one is answered with a message
 * @param lastPage the deepest page that may be asked for
 * @param refreshInterval how often the index is compared with what is published. The events that update it reach
 * only the node where a story was published or withdrawn; other nodes catch up within this time (and never show
 * a story that is no longer public, which every query checks).
 */
@Validated
@ConfigurationProperties("warta.site.search")
record SearchSettings(Path directory, @Min(1) @Max(50) @DefaultValue("10") int pageSize,
		@Min(10) @Max(1000) @DefaultValue("200") int longestQuery, @Min(1) @Max(1000) @DefaultValue("50") int lastPage,
		@NotNull @DefaultValue("10m") Duration refreshInterval) {
}
