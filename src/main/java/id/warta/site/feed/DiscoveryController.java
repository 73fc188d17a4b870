package id.warta.site.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import id.warta.newsroom.PublicStory;
import id.warta.newsroom.StoryType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read first: robots.txt, which keeps them out of the back office, and the sitemap, which
 * lists exactly the public addresses: the fixed pages, the active divisions' pages and every published story.
 */
@Controller
class DiscoveryController {

	/** Back-office addresses: nothing there is for a search engine, and most of it answers with the login page. */
	static final List<String> PRIVATE_PATHS = List.of("/kantor", "/masuk", "/keluar", "/akun", "/admin", "/redaksi",
			"/penyaringan", "/bahan", "/pustaka", "/media", "/pemberitahuan", "/laporan", "/api", "/v3", "/actuator",
			"/formulir-kedaluwarsa");

	private final PublishedListing listing;
	private final SiteAddress address;

	DiscoveryController(PublishedListing listing, SiteAddress address) {
		this.listing = listing;
		this.address = address;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		var text = new StringBuilder("User-agent: *\n");
		PRIVATE_PATHS.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
		text.append("Allow: /\n\nSitemap: ").append(address.absolute("/sitemap.xml")).append('\n');
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").body(text.toString());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		List<FeedEntry> published = listing.all();
		List<Sitemap.Address> addresses = new ArrayList<>();
		addresses.add(fixed("/", published, story -> true));
		addresses.add(fixed("/berita", published, story -> story.type() == StoryType.NEWS));
		addresses.add(fixed("/pengumuman", published, story -> story.type() == StoryType.ANNOUNCEMENT));
		addresses.add(fixed("/galeri", published, story -> story.type() == StoryType.GALLERY));
		addresses.add(fixed("/dokumen", published, story -> story.type() == StoryType.DOCUMENT));
		addresses.add(new Sitemap.Address(address.absolute("/kontak"), null, null));
		for (var division : listing.activeDivisions()) {
			addresses.add(fixed("/bidang/" + division.slug(), published,
					story -> Objects.equals(story.divisionId(), division.id())));
		}
		for (FeedEntry entry : published) {
			addresses.add(new Sitemap.Address(entry.url(), entry.story().publishedAt(), entry.pictureUrl()));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/xml; charset=UTF-8")
			.body(Sitemap.write(addresses));
	}

	/** A listing page changes when the newest story it lists does; without one its date is unknown. */
	private Sitemap.Address fixed(String path, List<FeedEntry> published, Predicate<PublicStory> shows) {
		Instant newest = published.stream()
			.map(FeedEntry::story)
			.filter(shows)
			.map(PublicStory::publishedAt)
			.findFirst()
			.orElse(null);
		return new Sitemap.Address(address.absolute(path), newest, null);
	}
}
