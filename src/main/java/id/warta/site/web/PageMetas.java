package id.warta.site.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.warta.media.Rendition;
import id.warta.newsroom.PublicStory;
import id.warta.organization.AgencyProfile;
import id.warta.site.feed.SiteAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** Builds the {@link PageMeta} of public pages from what the page shows and nothing else. */
@Component
class PageMetas {

	/** The crop the media pipeline cuts around the focal point for link cards (Open Graph, X, WhatsApp). */
	static final String LINK_CARD = "crop-191x100.jpg";

	private static final int DESCRIPTION_LENGTH = 200;

	private final SiteAddress address;
	private final JsonMapper json = JsonMapper.builder().build();

	PageMetas(SiteAddress address) {
		this.address = address;
	}

	/** A page that is not a story: the agency is what it is about. */
	PageMeta page(String title, String path, AgencyProfile agency, String description) {
		return new PageMeta(title, description != null ? description : agency.tagline(), address.absolute(path), null,
				null, null, "website", jsonLd(organization(agency)));
	}

	PageMeta story(PublicStory story, AgencyProfile agency, Optional<Rendition> card) {
		String description = describe(story);
		String image = card.map(rendition -> address.absolute(rendition.publicPath())).orElse(null);
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "NewsArticle");
		article.put("headline", story.title());
		article.put("description", description);
		article.put("datePublished", iso(story.publishedAt()));
		article.put("mainEntityOfPage", address.absolute(story.path()));
		if (image != null) {
			article.put("image", List.of(image));
		}
		article.put("author", organization(agency));
		article.put("publisher", organization(agency));
		if (!story.tags().isEmpty()) {
			article.put("keywords", String.join(", ", story.tags()));
		}
		return new PageMeta(story.title(), description, address.absolute(story.path()), image,
				card.map(Rendition::width).orElse(null), card.map(Rendition::height).orElse(null), "article",
				jsonLd(article));
	}

	private Map<String, Object> organization(AgencyProfile agency) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.put("@type", "GovernmentOrganization");
		organization.put("name", agency.name());
		organization.put("alternateName", agency.shortName());
		organization.put("url", address.absolute("/"));
		if (agency.hasLogo()) {
			organization.put("logo", address.absolute("/logo"));
		}
		if (agency.email() != null) {
			organization.put("email", agency.email());
		}
		if (agency.phone() != null) {
			organization.put("telephone", agency.phone());
		}
		if (agency.address() != null) {
			organization.put("address", agency.address());
		}
		List<String> sameAs = new ArrayList<>(agency.socialLinks().values());
		if (!sameAs.isEmpty()) {
			organization.put("sameAs", sameAs);
		}
		return organization;
	}

	/** The lead when there is one, else the start of the body's text. */
	static String describe(PublicStory story) {
		String text = story.lead() != null && !story.lead().isBlank() ? story.lead()
				: HtmlUtils.htmlUnescape(story.bodyHtml() == null ? "" : story.bodyHtml().replaceAll("<[^>]*>", " "));
		text = text.replaceAll("\\s+", " ").strip();
		return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
	}

	/**
	 * JSON inside a script element ends at the first {@code </script>}: every {@code <} is written as its JSON
	 * escape, so that a title containing one cannot close the element and inject markup.
	 */
	private String jsonLd(Map<String, Object> data) {
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static String iso(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
