package id.warta.site.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.warta.media.MediaLibrary;
import id.warta.newsroom.PublicStory;
import id.warta.organization.DivisionSummary;
import id.warta.organization.Divisions;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Turns published stories into what the index holds, in two steps: everything but the text of attached documents
 * first, cheap enough for every published story and enough to know whether a story changed since it was indexed;
 * then the document text, read only for stories that are new or changed.
 */
@Component
class PublishedDocuments {

	/** A story with its division and captions looked up, and the version they make. */
	record Prepared(PublicStory story, String divisionSlug, String captions, String version) {
	}

	private final MediaLibrary media;
	private final Divisions divisions;

	PublishedDocuments(MediaLibrary media, Divisions divisions) {
		this.media = media;
		this.divisions = divisions;
	}

	List<Prepared> prepare(List<PublicStory> stories) {
		Map<Long, String> slugs = divisions.all()
			.stream()
			.collect(Collectors.toMap(DivisionSummary::id, DivisionSummary::slug));
		Map<Long, MediaLibrary.Description> descriptions = media
			.descriptions(stories.stream().flatMap(PublishedDocuments::mediaIds).toList());
		List<Prepared> prepared = new ArrayList<>(stories.size());
		for (PublicStory story : stories) {
			String division = story.divisionId() == null ? null : slugs.get(story.divisionId());
			String captions = captions(story, descriptions);
			prepared.add(new Prepared(story, division, captions, version(story, division, captions)));
		}
		return prepared;
	}

	SearchDocument complete(Prepared prepared) {
		PublicStory story = prepared.story();
		return new SearchDocument(story.id(), prepared.version(), story.type(), story.slug(),
				prepared.divisionSlug(), story.publishedAt(), story.contentHash(), story.title(), story.lead(),
				story.bodyHtml() == null ? "" : Jsoup.parse(story.bodyHtml()).text(), String.join(" ", story.tags()),
				prepared.captions(), documents(story));
	}

	/** The attached documents' text, together no longer than one document's may be. */
	private String documents(PublicStory story) {
		StringBuilder text = new StringBuilder();
		for (Long id : story.documentMediaIds()) {
			if (text.length() >= MediaLibrary.DOCUMENT_TEXT_LIMIT) {
				break;
			}
			media.documentText(id).ifPresent(document -> text.append(text.isEmpty() ? "" : "\n\n").append(document));
		}
		return text.length() <= MediaLibrary.DOCUMENT_TEXT_LIMIT ? text.toString()
				: text.substring(0, MediaLibrary.DOCUMENT_TEXT_LIMIT);
	}

	private static String captions(PublicStory story, Map<Long, MediaLibrary.Description> descriptions) {
		return Stream.concat(Stream.of(story.featuredAlt()), mediaIds(story).map(descriptions::get)
			.filter(Objects::nonNull)
			.flatMap(description -> Stream.of(description.caption(), description.altText())))
			.filter(text -> text != null && !text.isBlank())
			.distinct()
			.collect(Collectors.joining("\n"));
	}

	private static Stream<Long> mediaIds(PublicStory story) {
		return Stream.of(Stream.of(story.featuredMediaId()), story.galleryMediaIds().stream(),
				story.documentMediaIds().stream())
			.flatMap(ids -> ids)
			.filter(Objects::nonNull);
	}

	/**
	 * What the indexed document is made of: the approved content (its hash), and what may change without a new
	 * approval: type, division, publication time, captions.
	 */
	private static String version(PublicStory story, String division, String captions) {
		String made = String.join("\u0000", story.contentHash(), story.type().name(), String.valueOf(division),
				String.valueOf(story.publishedAt()), captions);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(made.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}
}
