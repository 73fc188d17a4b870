package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import id.warta.media.internal.MediaProcessingWorker;
import id.warta.media.internal.image.TestPictures;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Originals go through the background processing: pictures get renditions and crops without any metadata, video
 * a poster and a web version; the original is kept as it was; a new focal point makes the crops again.
 */
@WartaTest
class MediaProcessingTests {

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaProcessingWorker worker;

	@Autowired
	MediaTools tools;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void aPhonePhotoGetsRenditionsAndCropsWithoutItsGpsWhileTheOriginalIsKept() throws Exception {
		Path phone = TestPictures.phoneJpeg(temp, "lokasi.jpg", 1800, 1200, 1);
		StoredMedia stored = store(phone, "lokasi.jpg");
		processed(stored.id());

		Map<String, Rendition> byName = byName(library.renditions(stored.id()));
		assertThat(byName).containsKeys("w320.jpg", "w640.jpg", "w1024.jpg", "w1600.jpg", "crop-1x1.jpg",
				"crop-4x5.jpg", "crop-191x100.jpg", "crop-16x9.jpg", "crop-9x16.jpg");
		assertThat(byName.get("w640.jpg").width()).isEqualTo(640);
		assertThat(byName.get("crop-1x1.jpg").width()).isEqualTo(byName.get("crop-1x1.jpg").height());
		for (Rendition rendition : byName.values()) {
			try (InputStream in = library.openRendition(stored.id(), null, rendition.name())
				.orElseThrow()
				.resource()
				.getInputStream()) {
				var metadata = ImageMetadataReader.readMetadata(in);
				assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(rendition.name()).isNull();
				assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as(rendition.name()).isNull();
			}
		}
		// the original is untouched, GPS and all, for staff only
		try (InputStream in = library.open(stored.id()).orElseThrow().resource().getInputStream()) {
			assertThat(ImageMetadataReader.readMetadata(in).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
		}
		// what the public may get of a picture is a rendition, never the original
		var publicFile = library.openPublic(stored.id()).orElseThrow();
		try (InputStream in = publicFile.resource().getInputStream()) {
			assertThat(ImageMetadataReader.readMetadata(in).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		}
		assertThat(publicFile.length()).isNotEqualTo(stored.size());
	}

	@Test
	void aNewFocalPointMakesTheCropsAgainUnderANewVersion() throws Exception {
		StoredMedia stored = store(TestPictures.jpeg(temp, "lebar.jpg", 1600, 800), "lebar.jpg");
		processed(stored.id());
		int before = library.renditions(stored.id()).get(0).version();
		mvc.perform(post("/pustaka/{id}/fokus", stored.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())
			.param("x", "90")
			.param("y", "50")).andExpect(status().is3xxRedirection());
		processed(stored.id());
		List<Rendition> after = library.renditions(stored.id());
		assertThat(after).allSatisfy(rendition -> assertThat(rendition.version()).isEqualTo(before + 1));
		assertThat(library.openRendition(stored.id(), before, "crop-1x1.jpg")).isEmpty();
		assertThat(library.openRendition(stored.id(), before + 1, "crop-1x1.jpg")).isPresent();
	}

	@Test
	void aVideoGetsItsPosterAndAWebVersionInTheBackground() throws Exception {
		Assumptions.assumeTrue(tools.has("ffmpeg") && tools.has("ffprobe"),
				"ffmpeg is not installed: video processing is not tested here");
		Path clip = temp.resolve("rapat.mov");
		Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
				"testsrc=duration=2:size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
				"-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clip.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(ffmpeg.exitValue()).isZero();
		StoredMedia stored = store(clip, "rapat.mov");
		assertThat(stored.kind()).isEqualTo(MediaKind.VIDEO);
		processed(stored.id());
		Map<String, Rendition> byName = byName(library.renditions(stored.id()));
		assertThat(byName).containsKeys("poster.jpg", "web.mp4");
		assertThat(byName.get("web.mp4").width()).isEqualTo(640);
		assertThat(jdbc.queryForObject("SELECT duration_millis FROM media_asset WHERE id = ?", Long.class,
				stored.id())).isBetween(1800L, 2300L);
		// staff see the state and the facts in the library
		mvc.perform(get("/pustaka/{id}", stored.id()).with(staff.demo(Role.CONTENT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Selesai diproses")))
			.andExpect(content().string(containsString("640 × 360")))
			.andExpect(content().string(containsString("h264/aac")));
		// a range of the web version, as a phone's player asks for it
		mvc.perform(get("/media/{id}/r/web.mp4", stored.id()).with(staff.demo(Role.CONTENT_ADMIN))
			.header("Range", "bytes=0-99"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Type", "video/mp4"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Length", "100"));
	}

	@Test
	void aFileThatCannotBeProcessedKeepsItsOriginalAndSaysWhy() throws Exception {
		Assumptions.assumeTrue(tools.has("ffprobe"), "ffprobe is not installed: nothing reads video here");
		// an MP4 header with nothing playable behind it
		byte[] broken = id.warta.support.TestFiles.mp4Noise(4096, 7);
		StoredMedia stored = library.store(new ByteArrayInputStream(broken), "rusak.mp4", staff.idOf("kontributor"),
				null);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			worker.processNext();
			return "FAILED".equals(processingStatus(stored.id()));
		});
		assertThat(jdbc.queryForObject("SELECT processing_error FROM media_asset WHERE id = ?", String.class,
				stored.id())).isEqualTo("media.processing.unreadable");
		assertThat(library.open(stored.id())).isPresent();
		mvc.perform(get("/pustaka/{id}", stored.id()).with(staff.demo(Role.SCREENER)))
			.andExpect(content().string(containsString("Gagal diproses")))
			.andExpect(content().string(containsString("tidak bisa dibaca")));
	}

	private StoredMedia store(Path file, String name) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return library.store(in, name, staff.idOf("kontributor"), null);
		}
	}

	/** Runs the worker here (the scheduled one may take it first) until the item is processed. */
	private void processed(long id) {
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> {
			worker.processNext();
			return "DONE".equals(processingStatus(id));
		});
	}

	private String processingStatus(long id) {
		return jdbc.queryForObject("SELECT processing_status FROM media_asset WHERE id = ?", String.class, id);
	}

	private static Map<String, Rendition> byName(List<Rendition> renditions) {
		return renditions.stream()
			.collect(java.util.stream.Collectors.toMap(Rendition::name, rendition -> rendition));
	}
}
