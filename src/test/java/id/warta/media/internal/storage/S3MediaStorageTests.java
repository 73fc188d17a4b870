package id.warta.media.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Against a real S3 server: S3Proxy on its filesystem store, in this JVM. S3Proxy 4.x carries its own Jetty shaded
 * under {@code org.gaul.shaded}, so it runs beside Spring Boot's managed Jetty/Tomcat versions without a separate
 * process.
 */
class S3MediaStorageTests {

	private static final String ACCESS_KEY = "warta-access";

	private static final String SECRET_KEY = "warta-secret-key";

	@TempDir
	static Path temp;

	private static S3Proxy server;

	private static S3StorageSettings settings;

	private static S3MediaStorage storage;

	@BeforeAll
	static void startServer() throws Exception {
		Path blobs = Files.createDirectories(temp.resolve("blobs"));
		server = S3Proxy.builder()
			.blobStore(new FilesystemNio2BlobStore(blobs.toString()))
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		server.start();
		settings = new S3StorageSettings(URI.create("http://127.0.0.1:" + server.getPort()), "us-east-1",
				"warta-media", ACCESS_KEY, SECRET_KEY, true, "test");
		storage = new S3MediaStorage(settings);
		storage.createBucketIfMissing();
		storage.createBucketIfMissing();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (storage != null) {
			storage.close();
		}
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void aFileComesBackWholeAndInRanges() throws IOException {
		Path file = TestFiles.random(temp, "photo.bin", 3 * 1024 * 1024 + 123, 1);
		storage.put("2026/11/photo.jpg", file, "image/jpeg");

		assertThat(storage.exists("2026/11/photo.jpg")).isTrue();
		assertThat(storage.size("2026/11/photo.jpg")).isEqualTo(Files.size(file));
		assertThat(TestFiles.sha256(storage.read("2026/11/photo.jpg", 0, -1))).isEqualTo(TestFiles.sha256(file));
		try (InputStream range = storage.read("2026/11/photo.jpg", 1_000_001, 70_000)) {
			assertThat(range.readAllBytes()).isEqualTo(TestFiles.slice(file, 1_000_001, 70_000));
		}
		try (InputStream tail = storage.read("2026/11/photo.jpg", 3 * 1024 * 1024, -1)) {
			assertThat(tail.readAllBytes()).isEqualTo(TestFiles.slice(file, 3 * 1024 * 1024, 123));
		}
	}

	@Test
	void aFileOver64MiBGoesUpInParts() throws IOException {
		long size = S3MediaStorage.MULTIPART_THRESHOLD + 6 * 1024 * 1024 + 17;
		Path file = TestFiles.random(temp, "video.bin", size, 2);
		storage.put("2026/11/video.mp4", file, "video/mp4");

		assertThat(storage.size("2026/11/video.mp4")).isEqualTo(size);
		assertThat(TestFiles.sha256(storage.read("2026/11/video.mp4", 0, -1))).isEqualTo(TestFiles.sha256(file));
		long offset = 2 * MultipartUpload.PART_SIZE - 1000;
		try (InputStream acrossParts = storage.read("2026/11/video.mp4", offset, 5000)) {
			assertThat(acrossParts.readAllBytes()).isEqualTo(TestFiles.slice(file, offset, 5000));
		}
		// A multipart ETag ends in "-<parts>": proof that the upload did not go up in one piece.
		try (S3Client client = S3MediaStorage.client(settings)) {
			String etag = client.headObject(b -> b.bucket("warta-media").key("test/2026/11/video.mp4")).eTag();
			assertThat(etag).endsWith("-5\"");
		}
		Files.delete(file);
	}

	@Test
	void aFailedPartAbortsTheWholeUpload() throws IOException {
		Path file = TestFiles.random(temp, "broken.bin", S3MediaStorage.MULTIPART_THRESHOLD + 1, 6);
		ExecutionInterceptor failSecondPart = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				if (context.request() instanceof UploadPartRequest part && part.partNumber() == 2) {
					throw new IllegalStateException("network gone");
				}
			}
		};
		S3Client failing = S3MediaStorage.clientBuilder(settings)
			.overrideConfiguration(c -> c.addExecutionInterceptor(failSecondPart))
			.build();
		try (S3MediaStorage flaky = new S3MediaStorage(failing, settings)) {
			assertThatThrownBy(() -> flaky.put("2026/11/broken.mp4", file, "video/mp4"))
				.hasMessageContaining("network gone");
		}

		assertThat(storage.exists("2026/11/broken.mp4")).isFalse();
		try (S3Client client = S3MediaStorage.client(settings)) {
			assertThat(client.listMultipartUploads(b -> b.bucket("warta-media")).uploads()).isEmpty();
		}
		Files.delete(file);
	}

	@Test
	void aDeletedFileIsGone() throws IOException {
		Path file = Files.writeString(temp.resolve("note.txt"), "siaran pers", StandardCharsets.UTF_8);
		storage.put("2026/11/note.txt", file, "text/plain");

		storage.delete("2026/11/note.txt");
		storage.delete("2026/11/note.txt");

		assertThat(storage.exists("2026/11/note.txt")).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.read("2026/11/note.txt", 0, -1));
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.size("2026/11/note.txt"));
	}

	@Test
	void springServesARangeThroughTheResource() throws IOException {
		Path file = TestFiles.random(temp, "clip.bin", 2 * 1024 * 1024, 3);
		storage.put("2026/11/clip.mp4", file, "video/mp4");
		StoredObjectResource resource = new StoredObjectResource(storage, "2026/11/clip.mp4", Files.size(file),
				"clip.mp4");

		MockHttpOutputMessage response = new MockHttpOutputMessage();
		new ResourceRegionHttpMessageConverter().write(
				HttpRange.createByteRange(1_500_000, 1_599_999).toResourceRegion(resource),
				MediaType.APPLICATION_OCTET_STREAM, response);

		assertThat(response.getBodyAsBytes()).isEqualTo(TestFiles.slice(file, 1_500_000, 100_000));
		assertThat(response.getHeaders().getFirst("Content-Range")).isEqualTo("bytes 1500000-1599999/2097152");
	}

	@Test
	void skippingTouchesNothingUntilTheFirstRead() throws IOException {
		StoredObjectResource missing = new StoredObjectResource(storage, "2026/11/never-stored.mp4", 1000, "x.mp4");
		try (InputStream in = missing.getInputStream()) {
			assertThat(in.skip(600)).isEqualTo(600);
			assertThat(in.skip(600)).isEqualTo(400);
			assertThat(in.read()).isEqualTo(-1);
		}
		try (InputStream in = missing.getInputStream()) {
			assertThat(in.skip(10)).isEqualTo(10);
			assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(in::read);
		}
	}

	@Test
	void theConfigurationCreatesAMissingBucketAtStart() {
		StorageConfigurationTests.runner()
			.withPropertyValues("warta.media.storage=s3", "warta.media.s3.endpoint=http://127.0.0.1:" + server.getPort(),
					"warta.media.s3.bucket=fresh-bucket", "warta.media.s3.access-key=" + ACCESS_KEY,
					"warta.media.s3.secret-key=" + SECRET_KEY)
			.run(context -> {
				MediaStorage configured = context.getBean(MediaStorage.class);
				assertThat(configured).isInstanceOf(S3MediaStorage.class);
				assertThat(configured.describe()).endsWith("/fresh-bucket");
				Path file = Files.writeString(temp.resolve("hello.txt"), "halo");
				configured.put("hello.txt", file, "text/plain");
				assertThat(configured.size("hello.txt")).isEqualTo(4);
			});
	}

	@Test
	void theDescriptionNamesEndpointAndBucketButNoSecret() {
		assertThat(storage.describe()).isEqualTo("S3 http://127.0.0.1:" + server.getPort() + "/warta-media")
			.doesNotContain(SECRET_KEY);
		assertThat(settings.toString()).doesNotContain(SECRET_KEY);
	}
}
