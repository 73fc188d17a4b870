package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import id.warta.media.internal.ResumableUploads;
import id.warta.organization.Role;
import id.warta.support.Staff;
import id.warta.support.TestFiles;
import id.warta.support.WartaTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Resumable uploads: a dropped connection loses nothing and doubles nothing; the protocol as tus 1.0 says. */
@WartaTest
class ResumableUploadTests {

	@Autowired
	ResumableUploads uploads;

	@Autowired
	MediaLibrary library;

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	id.warta.support.MutableClock clock;

	@org.springframework.beans.factory.annotation.Value("${warta.media.upload-directory:./data/uploads}")
	java.nio.file.Path uploadDirectory;

	@Test
	void anUploadInterruptedAtRandomOffsetsAndResumedIsStoredByteForByte() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		// A real video container header, then random bytes: recognised as MP4 by content, unlike anything stored.
		byte[] source = TestFiles.mp4Noise(3 * 1024 * 1024 + random.nextInt(100_000), seed);
		long owner = staff.idOf("kontributor");
		var created = uploads.create(owner, null, source.length, "video-lapangan.mp4");

		int interruptions = 0;
		long offset = 0;
		while (true) {
			var status = uploads.status(created.id(), owner).orElseThrow();
			assertThat(status.offset()).as("the server's offset is where the client resumes (seed %d)", seed)
				.isLessThanOrEqualTo(source.length);
			offset = status.offset();
			if (status.mediaId() != null) {
				break;
			}
			// Each attempt sends the rest, but the connection drops after a random number of bytes (or not at all).
			long rest = source.length - offset;
			long dropAfter = interruptions < 6 ? random.nextLong(Math.max(1, rest)) : Long.MAX_VALUE;
			try {
				var result = uploads.append(created.id(), owner, offset,
						new DroppingStream(Arrays.copyOfRange(source, (int) offset, source.length), dropAfter));
				if (result.mediaId() != null) {
					break;
				}
			}
			catch (IOException dropped) {
				interruptions++;
			}
		}
		assertThat(interruptions).isEqualTo(6);
		var done = uploads.status(created.id(), owner).orElseThrow();
		StoredMedia stored = library.find(done.mediaId()).orElseThrow();
		assertThat(stored.sha256()).as("seed %d", seed).isEqualTo(sha256(source));
		assertThat(stored.size()).isEqualTo(source.length);
		assertThat(stored.kind()).isEqualTo(MediaKind.VIDEO);
		try (InputStream in = library.open(stored.id()).orElseThrow().resource().getInputStream()) {
			assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(source));
		}
		assertThat(library.uploadedBy(stored.id(), owner)).isTrue();
		assertThat(library.uploadedBy(stored.id(), staff.idOf("admin.konten"))).isFalse();
	}

	@Test
	void aChunkSentAgainAtAnOldOffsetIsRefusedSoNothingIsDoubled() throws Exception {
		long owner = staff.idOf("kontributor");
		byte[] photo = TestFiles.jpeg(300, 200, java.awt.Color.GREEN);
		var created = uploads.create(owner, null, photo.length, "foto.jpg");
		uploads.append(created.id(), owner, 0, new ByteArrayInputStream(photo, 0, 100));
		assertThatThrownBy(() -> uploads.append(created.id(), owner, 0, new ByteArrayInputStream(photo, 0, 100)))
			.isInstanceOfSatisfying(ResumableUploads.UploadConflict.class, c -> assertThat(c.status()).isEqualTo(409));
		var done = uploads.append(created.id(), owner, 100,
				new ByteArrayInputStream(photo, 100, photo.length - 100));
		assertThat(library.find(done.mediaId()).orElseThrow().sha256()).isEqualTo(sha256(photo));
	}

	@Test
	void theTusProtocolFromCreationToTheMediaId() throws Exception {
		byte[] photo = TestFiles.jpeg(320, 240, java.awt.Color.RED);
		var options = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.options("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf()))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Tus-Version", "1.0.0"))
			.andExpect(header().string("Tus-Extension", "creation,termination"))
			.andReturn();
		assertThat(Long.parseLong(options.getResponse().getHeader("Tus-Max-Size"))).isEqualTo(4L << 30);

		String location = mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", photo.length)
			.header("Upload-Metadata", "filename " + base64("rapat koordinasi.jpg") + ",filetype " + base64("image/jpeg")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Tus-Resumable", "1.0.0"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith("/api/v1/uploads/");

		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", 0)
			.contentType("application/offset+octet-stream")
			.content(Arrays.copyOf(photo, 500)))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Upload-Offset", "500"))
			.andExpect(header().doesNotExist("Warta-Media-Id"));
		// someone else's upload does not exist for them
		mvc.perform(head(location).with(staff.demo(Role.CONTENT_ADMIN)).header("Tus-Resumable", "1.0.0"))
			.andExpect(status().isNotFound());
		mvc.perform(head(location).with(staff.demo(Role.CONTRIBUTOR)).header("Tus-Resumable", "1.0.0"))
			.andExpect(status().isOk())
			.andExpect(header().string("Upload-Offset", "500"))
			.andExpect(header().string("Upload-Length", String.valueOf(photo.length)))
			.andExpect(header().string("Cache-Control", "no-store"));
		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Offset", 400)
			.contentType("application/offset+octet-stream")
			.content(Arrays.copyOfRange(photo, 400, photo.length)))
			.andExpect(status().isConflict());
		String mediaId = mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Offset", 500)
			.contentType("application/offset+octet-stream")
			.content(Arrays.copyOfRange(photo, 500, photo.length)))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Upload-Offset", String.valueOf(photo.length)))
			.andReturn()
			.getResponse()
			.getHeader("Warta-Media-Id");
		StoredMedia stored = library.find(Long.parseLong(mediaId)).orElseThrow();
		assertThat(stored.originalName()).isEqualTo("rapat koordinasi.jpg");
		assertThat(stored.sha256()).isEqualTo(sha256(photo));
	}

	@Test
	void aDangerousFileIsRefusedAtItsFirstChunkWithAnIndonesianReasonAndIsGone() throws Exception {
		byte[] html = ("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script>"
				+ "</body></html>" + " ".repeat(5000)).getBytes(StandardCharsets.UTF_8);
		String location = mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", html.length)
			.header("Upload-Metadata", "filename " + base64("foto.jpg")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Offset", 0)
			.contentType("application/offset+octet-stream")
			.content(Arrays.copyOf(html, 1000)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("media.rejected.html"))
			.andExpect(jsonPath("$.title", containsString("halaman web")));
		mvc.perform(head(location).with(staff.demo(Role.CONTRIBUTOR))).andExpect(status().isNotFound());
	}

	@Test
	void aFileLargerThanAnyLimitIsRefusedBeforeAByteIsSentAndAPhotoOverItsLimitAtTheFirstChunk() throws Exception {
		mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", (4L << 30) + 1))
			.andExpect(status().isPayloadTooLarge());
		byte[] photo = TestFiles.jpeg();
		String location = mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", 60L * 1024 * 1024)
			.header("Upload-Metadata", "filename " + base64("foto-besar.jpg")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Offset", 0)
			.contentType("application/offset+octet-stream")
			.content(photo))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("media.rejected.tooLarge.IMAGE"));
	}

	@Test
	void anUploadNobodyContinuesIsRemovedWithItsBytesAfterTheExpiry() throws Exception {
		long owner = staff.idOf("kontributor");
		var created = uploads.create(owner, null, 10_000, "setengah.jpg");
		uploads.append(created.id(), owner, 0, new ByteArrayInputStream(TestFiles.jpeg(), 0, 200));
		java.nio.file.Path part = uploadDirectory.resolve("tus-" + created.id() + ".part");
		assertThat(part).exists();
		uploads.removeAbandoned();
		assertThat(uploads.status(created.id(), owner)).as("still within the expiry").isPresent();
		try {
			clock.advance(java.time.Duration.ofHours(25));
			uploads.removeAbandoned();
			assertThat(uploads.status(created.id(), owner)).isEmpty();
			assertThat(part).doesNotExist();
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aCancelledUploadIsGone() throws Exception {
		String location = mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", 1000))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(delete(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(head(location).with(staff.demo(Role.CONTRIBUTOR))).andExpect(status().isNotFound());
	}

	@Test
	void everyRefusalIsAProblemDocumentInIndonesianOrInTheChosenLanguage() throws Exception {
		mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Tus-Resumable", "1.0.0"))
			.andExpect(jsonPath("$.title").value("Ukuran berkas tidak disebutkan"))
			.andExpect(jsonPath("$.detail", containsString("Upload-Length")))
			.andExpect(jsonPath("$.messageKey").value("upload.problem.length"));
		mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", "banyak"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Ukuran berkas tidak disebutkan"));
		mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", (4L << 30) + 1))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Berkas terlalu besar"))
			.andExpect(jsonPath("$.detail", containsString("melebihi batas")));
		mvc.perform(chunk("/api/v1/uploads/" + java.util.UUID.randomUUID(), 0, new byte[10]))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Unggahan tidak ditemukan"))
			.andExpect(jsonPath("$.detail", containsString("Unggah lagi")));

		String location = newUpload(1000);
		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.contentType("application/offset+octet-stream")
			.content(new byte[10]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Posisi bagian tidak disebutkan"));
		mvc.perform(patch(location).with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Offset", 0)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(new byte[10]))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("Jenis isi tidak didukung"));
		mvc.perform(chunk(location, 300, new byte[10]))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Posisi unggahan tidak cocok"))
			.andExpect(jsonPath("$.detail", containsString("posisi 300, padahal sudah diterima 0 bita")));
		mvc.perform(chunk(location, 300, new byte[10]).cookie(new Cookie("warta-lang", "en")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Upload offset does not match"))
			.andExpect(jsonPath("$.detail", containsString("offset 300, but 0 bytes have already arrived")));
	}

	/** A new upload of {@code length} bytes by the demo contributor; its address. */
	private String newUpload(long length) throws Exception {
		return mvc.perform(post("/api/v1/uploads").with(staff.demo(Role.CONTRIBUTOR)).with(csrf())
			.header("Upload-Length", length))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	/** Bytes at {@code offset} from the demo contributor. */
	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder chunk(String location,
			long offset, byte[] bytes) {
		return patch(location).with(staff.demo(Role.CONTRIBUTOR))
			.with(csrf())
			.header("Upload-Offset", offset)
			.contentType("application/offset+octet-stream")
			.content(bytes);
	}

	@Test
	void deletingSomeoneElsesUploadAnswersAsForOnesOwnAndKeepsIt() throws Exception {
		byte[] photo = TestFiles.jpeg();
		String location = newUpload(photo.length);
		mvc.perform(chunk(location, 0, Arrays.copyOf(photo, 100))).andExpect(status().isNoContent());

		mvc.perform(delete(location).with(staff.demo(Role.CONTENT_ADMIN)).with(csrf()))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(delete("/api/v1/uploads/" + java.util.UUID.randomUUID()).with(staff.demo(Role.CONTENT_ADMIN))
			.with(csrf())).andExpect(status().isNoContent());
		mvc.perform(head(location).with(staff.demo(Role.CONTRIBUTOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Upload-Offset", "100"));
	}

	/** Gives its bytes, then fails like a dropped connection after {@code dropAfter} of them. */
	static final class DroppingStream extends InputStream {

		private final byte[] bytes;
		private final long dropAfter;
		private int position;

		DroppingStream(byte[] bytes, long dropAfter) {
			this.bytes = bytes;
			this.dropAfter = dropAfter;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (position >= dropAfter) {
				throw new IOException("connection reset by peer");
			}
			if (position >= bytes.length) {
				return -1;
			}
			int n = (int) Math.min(Math.min(length, bytes.length - position), dropAfter - position);
			System.arraycopy(bytes, position, buffer, offset, n);
			position += n;
			return n;
		}
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
