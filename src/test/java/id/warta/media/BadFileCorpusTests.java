package id.warta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.warta.media.internal.image.TestPictures;
import id.warta.support.Staff;
import id.warta.support.WartaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of bad files made here: each is refused with its own reason, and none leaves a row, a stored file or a
 * temporary file behind.
 */
@WartaTest
class BadFileCorpusTests {

	@Autowired
	MediaLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Staff staff;

	@Value("${warta.media.directory:./data/media}")
	Path mediaDirectory;

	@Value("${warta.media.upload-directory:./data/uploads}")
	Path uploadDirectory;

	@TempDir
	Path temp;

	@Test
	void everyBadFileIsRefusedWithItsOwnReasonAndNothingIsStored() throws Exception {
		Map<String, Bad> corpus = new LinkedHashMap<>();
		corpus.put("an executable renamed .jpg", new Bad("foto.jpg", windowsExecutable(), "media.rejected.executable"));
		corpus.put("HTML renamed .jpg", new Bad("foto.jpg",
				bytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "media.rejected.html"));
		corpus.put("an SVG with a script", new Bad("logo.png", bytes(
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"),
				"media.rejected.svg"));
		corpus.put("a pixel-flood PNG", new Bad("peta.png",
				Files.readAllBytes(TestPictures.floodPng(temp, 50_000, 50_000)), "media.rejected.tooManyPixels"));
		corpus.put("a truncated JPEG", new Bad("foto.jpg",
				Files.readAllBytes(TestPictures.truncatedJpeg(temp, 800, 600)), "media.rejected.truncated"));
		corpus.put("an empty file", new Bad("kosong.jpg", new byte[0], "media.rejected.empty"));
		corpus.put("a shell script", new Bad("foto.jpg", bytes("#!/bin/sh\nrm -rf /\n"), "media.rejected.script"));
		corpus.put("a PHP script", new Bad("foto.jpg", bytes("<?php system($_GET['c']); ?>"), "media.rejected.script"));
		corpus.put("a ZIP archive", new Bad("laporan.docx", zip("isi.txt", "bukan dokumen"), "media.rejected.archive"));
		corpus.put("a Word file with macros", new Bad("surat.docx", zip("word/document.xml", "<w/>",
				"word/vbaProject.bin", "macro"), "media.rejected.macro"));
		corpus.put("a real photo named .php.jpg", new Bad("shell.php.jpg",
				Files.readAllBytes(TestPictures.jpeg(temp, "ok.jpg", 40, 30)), "media.rejected.dangerousName"));

		long rowsBefore = rows();
		long filesBefore = files(mediaDirectory);
		for (var entry : corpus.entrySet()) {
			Bad bad = entry.getValue();
			assertThatThrownBy(() -> library.store(new ByteArrayInputStream(bad.content()), bad.name(),
					staff.idOf("kontributor"), null))
				.as(entry.getKey())
				.isInstanceOfSatisfying(MediaRejected.class, rejected -> {
					assertThat(rejected.messageKey()).as(entry.getKey()).isEqualTo(bad.reason());
					assertThat(rejected.fileName()).isEqualTo(bad.name());
				});
			// every reason is a sentence of its own in Indonesian
			assertThat(messages.getMessage(bad.reason(), null, null, java.util.Locale.forLanguageTag("id")))
				.as(bad.reason())
				.isNotBlank();
		}
		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(files(mediaDirectory)).isEqualTo(filesBefore);
		assertThat(temporaryUploads()).isZero();
	}

	@Test
	void aPhotoOneByteOverItsLimitIsRefusedAndOneAtTheLimitIsNot() throws Exception {
		byte[] photo = Files.readAllBytes(TestPictures.jpeg(temp, "besar.jpg", 64, 48));
		long limit = 50L * 1024 * 1024;
		long rowsBefore = rows();
		assertThatThrownBy(() -> library.store(padded(photo, limit + 1), "besar.jpg", staff.idOf("kontributor"), null))
			.isInstanceOfSatisfying(MediaRejected.class,
					rejected -> assertThat(rejected.messageKey()).isEqualTo("media.rejected.tooLarge.IMAGE"));
		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(temporaryUploads()).isZero();

		StoredMedia atLimit = library.store(padded(photo, limit), "pas.jpg", staff.idOf("kontributor"), null);
		assertThat(atLimit.size()).isEqualTo(limit);
		assertThat(atLimit.kind()).isEqualTo(MediaKind.IMAGE);
	}

	@Test
	void everyAllowedKindIsRecognisedByContentWhateverItsName() throws Exception {
		byte[] pdf = bytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
		StoredMedia document = library.store(new ByteArrayInputStream(pdf), "surat.jpg", staff.idOf("kontributor"),
				null);
		assertThat(document.kind()).isEqualTo(MediaKind.DOCUMENT);
		assertThat(document.contentType()).isEqualTo("application/pdf");
		StoredMedia word = library.store(new ByteArrayInputStream(zip("[Content_Types].xml", "<Types/>",
				"word/document.xml", "<w:document/>")), "undangan", staff.idOf("kontributor"), null);
		assertThat(word.contentType()).isEqualTo(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	record Bad(String name, byte[] content, String reason) {
	}

	/** A photo followed by zero bytes up to the given size, streamed: the test never holds 50 MB. */
	private static InputStream padded(byte[] photo, long size) {
		return new SequenceInputStream(new ByteArrayInputStream(photo), new InputStream() {
			long left = size - photo.length;

			@Override
			public int read() {
				return left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				java.util.Arrays.fill(b, off, off + n, (byte) 0);
				left -= n;
				return n;
			}
		});
	}

	/** The start of a Windows program: "MZ", the DOS stub, and the PE header it points to. */
	private static byte[] windowsExecutable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = bytes("This program cannot be run in DOS mode.");
		System.arraycopy(stub, 0, exe, 0x4E, stub.length);
		return exe;
	}

	private static byte[] zip(String... namesAndContents) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(bytes(namesAndContents[i + 1]));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private long rows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM media_asset", Long.class);
	}

	private static long files(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			// renditions are made in the background for other tests' files meanwhile; originals are what counts
			return paths.filter(Files::isRegularFile)
				.filter(path -> !directory.relativize(path).startsWith("renditions"))
				.count();
		}
	}

	private long temporaryUploads() throws IOException {
		if (!Files.isDirectory(uploadDirectory)) {
			return 0;
		}
		try (Stream<Path> paths = Files.list(uploadDirectory)) {
			return paths.filter(path -> path.getFileName().toString().startsWith("form-")).count();
		}
	}
}
