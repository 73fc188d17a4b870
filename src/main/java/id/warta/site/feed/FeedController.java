package id.warta.site.feed;

import java.util.Locale;
import java.util.function.Predicate;

import id.warta.newsroom.PublicStory;
import id.warta.newsroom.StoryType;
import id.warta.organization.Agencies;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS 2.0 and Atom feeds of the latest published stories: everything, one type, or one division. An unknown
 * division is 404 rather than an empty feed, so that a mistyped address is noticed.
 */
@Controller
class FeedController {

	static final int ITEMS = 20;
	/** Stories are written in Indonesian whatever language the reader chose for the site's own texts. */
	static final String CONTENT_LANGUAGE = "id";

	private final PublishedListing listing;
	private final SiteAddress address;
	private final Agencies agencies;
	private final MessageSource messages;

	FeedController(PublishedListing listing, SiteAddress address, Agencies agencies, MessageSource messages) {
		this.listing = listing;
		this.address = address;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/feed/rss.xml")
	ResponseEntity<byte[]> rss(Locale locale) {
		return rss(everything(locale, "/feed/rss.xml"));
	}

	@GetMapping("/feed/atom.xml")
	ResponseEntity<byte[]> atom(Locale locale) {
		return atom(everything(locale, "/feed/atom.xml"));
	}

	@GetMapping("/feed/{segment:berita|pengumuman}/rss.xml")
	ResponseEntity<byte[]> rssOfType(@PathVariable String segment, Locale locale) {
		return rss(ofType(segment, locale, "/feed/" + segment + "/rss.xml"));
	}

	@GetMapping("/feed/{segment:berita|pengumuman}/atom.xml")
	ResponseEntity<byte[]> atomOfType(@PathVariable String segment, Locale locale) {
		return atom(ofType(segment, locale, "/feed/" + segment + "/atom.xml"));
	}

	@GetMapping("/feed/bidang/{slug}/rss.xml")
	ResponseEntity<byte[]> rssOfDivision(@PathVariable String slug, Locale locale) {
		var channel = ofDivision(slug, locale, "/feed/bidang/" + slug + "/rss.xml");
		return channel == null ? ResponseEntity.notFound().build() : rss(channel);
	}

	@GetMapping("/feed/bidang/{slug}/atom.xml")
	ResponseEntity<byte[]> atomOfDivision(@PathVariable String slug, Locale locale) {
		var channel = ofDivision(slug, locale, "/feed/bidang/" + slug + "/atom.xml");
		return channel == null ? ResponseEntity.notFound().build() : atom(channel);
	}

	private FeedChannel everything(Locale locale, String self) {
		String agency = agencies.current().name();
		return channel(agency, message("feed.all.description", locale, agency), "/", self, PublishedListing.NEWSWORTHY,
				locale);
	}

	private FeedChannel ofType(String segment, Locale locale, String self) {
		StoryType type = segment.equals(StoryType.NEWS.pathSegment()) ? StoryType.NEWS : StoryType.ANNOUNCEMENT;
		String agency = agencies.current().name();
		String label = message(type.labelKey(), locale);
		return channel(message("feed.title", locale, agency, label),
				message("feed.type.description", locale, label, agency), "/" + segment, self,
				story -> story.type() == type, locale);
	}

	private FeedChannel ofDivision(String slug, Locale locale, String self) {
		var division = listing.division(slug);
		if (division.isEmpty()) {
			return null;
		}
		long id = division.get().id();
		String agency = agencies.current().name();
		return channel(message("feed.title", locale, agency, division.get().name()),
				message("feed.division.description", locale, division.get().name(), agency), "/bidang/" + slug, self,
				PublishedListing.NEWSWORTHY.and(story -> story.divisionId() != null && story.divisionId() == id),
				locale);
	}

	private FeedChannel channel(String title, String description, String page, String self,
			Predicate<PublicStory> filter, Locale locale) {
		return new FeedChannel(title, description, address.absolute(page), address.absolute(self),
				CONTENT_LANGUAGE, agencies.current().name(), listing.latest(filter, ITEMS));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static ResponseEntity<byte[]> rss(FeedChannel channel) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, RssFeed.CONTENT_TYPE).body(RssFeed.write(channel));
	}

	private ResponseEntity<byte[]> atom(FeedChannel channel) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, AtomFeed.CONTENT_TYPE)
			.body(AtomFeed.write(channel, address.host()));
	}
}
