package id.warta.site.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import id.warta.media.MediaLibrary;
import id.warta.newsroom.PublishedStoryFixtures;
import id.warta.newsroom.StoryType;
import id.warta.support.Staff;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One address of every kind of public page, with published content behind it, for the checks that go over them
 * all: valid HTML, accessibility, fitting a phone. A new kind of page is one more stop in {@link #publish}.
 */
public final class PublicPageTour {

	/** A page to check: what kind of page it is, its address and the status it answers with. */
	public record Stop(String kind, String path, int status) {

		@Override
		public String toString() {
			return kind + " " + path;
		}
	}

	private static final String BODY = """
			<p>Wali Kota meresmikan rumah susun sewa dengan <a href="https://example.org/rusun">120 unit</a>.</p>
			<h2>Siapa yang dapat menyewa</h2>
			<ul><li>Warga ber-KTP setempat</li><li>Belum memiliki rumah</li></ul>
			<table><thead><tr><th>Tipe unit</th><th>Luas bangunan</th><th>Jumlah unit</th><th>Sewa per bulan</th>
			<th>Lantai</th></tr></thead><tbody><tr><td>Tipe 24 (keluarga muda)</td><td>24 m²</td><td>80</td>
			<td>Rp350.000–Rp450.000</td><td>2–5</td></tr><tr><td>Tipe 36 (keluarga)</td><td>36 m²</td><td>40</td>
			<td>Rp500.000–Rp650.000</td><td>1</td></tr></tbody></table>
			<p>Pendaftaran dibuka di kantor kelurahan: https://kelurahan.bekasikota.go.id/pendaftaran-rusunawa-2026.</p>""";

	private PublicPageTour() {
	}

	/** Publishes what the pages show, waits until their pictures are ready, and returns the stops. */
	public static List<Stop> publish(MockMvc mvc, ApplicationContext context) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		MediaLibrary media = context.getBean(MediaLibrary.class);
		var stories = new PublishedStoryFixtures(mvc, context.getBean(Staff.class), jdbc);
		long unique = System.nanoTime();
		var article = stories.published("Peresmian rumah susun " + unique);
		stories.revise(article, content -> {
			content.put("body", BODY);
			content.putArray("tags").add("rusun").add("bekasi");
			content.putArray("galleryMediaIds").add(content.get("featuredMediaId").asLong());
		});
		var gallery = stories.published("Kegiatan lapangan " + unique, StoryType.GALLERY, "bidang-perumahan");
		stories.revise(gallery,
				content -> content.putArray("galleryMediaIds").add(content.get("featuredMediaId").asLong()));
		var notice = stories.published("Jadwal layanan libur " + unique, StoryType.ANNOUNCEMENT, "sekretariat");
		var document = stories.publishedDocument("Rencana kerja " + unique);
		var profile = stories.published("Visi dan misi " + unique, StoryType.PAGE, "sekretariat");
		var withdrawn = stories.published("Ditarik " + unique);
		stories.withdraw(withdrawn);
		for (var story : List.of(article, gallery, notice, document, profile)) {
			awaitPictures(story.id(), jdbc, media);
		}

		return List.of(
				new Stop("beranda", "/", 200),
				new Stop("berita", "/berita", 200),
				new Stop("berita tersaring", "/berita?bidang=sekretariat&tahun=&tag=rusun&halaman=1", 200),
				new Stop("pengumuman", "/pengumuman", 200),
				new Stop("galeri", "/galeri", 200),
				new Stop("dokumen", "/dokumen", 200),
				new Stop("artikel", article.path(), 200),
				new Stop("cerita galeri", gallery.path(), 200),
				new Stop("cerita dokumen", document.path(), 200),
				new Stop("profil", profile.path(), 200),
				new Stop("bidang", "/bidang/sekretariat", 200),
				new Stop("kontak", "/kontak", 200),
				new Stop("ppid", "/ppid", 200),
				new Stop("ppid permohonan", "/ppid/permohonan", 200),
				new Stop("cari", "/cari?q=rumah", 200),
				new Stop("tidak ditemukan", "/berita/tidak-ada", 404),
				new Stop("ditarik", withdrawn.path(), 410));
	}

	/** The stop that is a news article with a picture, a gallery and tags. */
	public static Stop article(List<Stop> stops) {
		return stops.stream().filter(stop -> stop.kind().equals("artikel")).findFirst().orElseThrow();
	}

	/** Renditions are made in the background; the link card crop of each picture is among the last. */
	private static void awaitPictures(long storyId, JdbcTemplate jdbc, MediaLibrary media) {
		List<Long> pictures = jdbc.queryForList("SELECT DISTINCT featured_media_id FROM story_revision "
				+ "WHERE story_id = ? AND featured_media_id IS NOT NULL", Long.class, storyId);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> pictures.stream()
				.allMatch(id -> media.renditions(id).stream().anyMatch(r -> r.name().equals(PageMetas.LINK_CARD))));
	}
}
