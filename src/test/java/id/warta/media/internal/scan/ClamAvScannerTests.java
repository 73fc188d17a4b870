package id.warta.media.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import id.warta.media.internal.scan.ScanResult.Verdict;

/**
 * Against a real clamd, started here in the foreground on a free port. The machine has no downloaded signatures (and
 * no network to fetch them), so the database is one hash signature of a file this test writes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClamAvScannerTests {

	private static final Path CLAMD = Path.of("/usr/sbin/clamd");

	private static final String SIGNATURE = "Warta.Test.Signature";

	@TempDir
	static Path temp;

	private static Process clamd;

	private static ClamAvScanner scanner;

	private static Path signed;

	@BeforeAll
	static void startClamd() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CLAMD),
				"clamd is not installed: apt-get install clamav-daemon (no signatures needed)");
		signed = Files.writeString(temp.resolve("signed.txt"), "Warta: a harmless file that our own signature flags\n");
		Path database = Files.createDirectories(temp.resolve("db"));
		Files.writeString(database.resolve("warta.hdb"),
				md5(Files.readAllBytes(signed)) + ":" + Files.size(signed) + ":" + SIGNATURE + "\n");
		int port = freePort();
		Path config = Files.writeString(temp.resolve("clamd.conf"), String.join("\n", "Foreground yes",
				"TCPSocket " + port, "TCPAddr 127.0.0.1", "DatabaseDirectory " + database,
				"LogFile " + temp.resolve("clamd.log"), "PidFile " + temp.resolve("clamd.pid"),
				"StreamMaxLength 1M", ""));
		clamd = new ProcessBuilder(CLAMD.toString(), "--config-file=" + config).redirectErrorStream(true)
			.redirectOutput(temp.resolve("clamd.out").toFile())
			.start();
		scanner = new ClamAvScanner(new ClamAvSettings("127.0.0.1", port, Duration.ofSeconds(10)));
		awaitPong();
	}

	@AfterAll
	static void stopClamd() throws InterruptedException {
		stop();
	}

	@Test
	@Order(1)
	void aCleanFileIsClean() throws IOException {
		Path photo = Files.write(temp.resolve("photo.jpg"), randomBytes(300_000));

		ScanResult result = scanner.scan(photo);

		assertThat(result.verdict()).isEqualTo(Verdict.CLEAN);
		assertThat(result.rejectionKey()).isEmpty();
	}

	@Test
	@Order(2)
	void aSignedFileIsInfectedWithTheSignatureName() {
		ScanResult result = scanner.scan(signed);

		assertThat(result.verdict()).isEqualTo(Verdict.INFECTED);
		// clamd marks signatures outside its official databases as ".UNOFFICIAL".
		assertThat(result.detail()).startsWith(SIGNATURE);
		assertThat(result.rejectionKey()).contains("media.rejected.infected");
	}

	@Test
	@Order(3)
	void aFileOverClamdsStreamLimitFails() throws IOException {
		Path video = Files.write(temp.resolve("video.mp4"), randomBytes(3 * 1024 * 1024));

		ScanResult result = scanner.scan(video);

		assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
		assertThat(result.detail()).contains("INSTREAM size limit exceeded");
		assertThat(result.rejectionKey()).contains("media.rejected.scanFailed");
	}

	@Test
	@Order(4)
	void aStoppedServerFailsInsteadOfLettingTheFileThrough() throws Exception {
		stop();

		ScanResult result = scanner.scan(signed);

		assertThat(scanner.ping()).isFalse();
		assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
		assertThat(result.isClean()).isFalse();
	}

	@Test
	void withoutAHostNothingIsScanned() {
		MalwareScanner off = new ScanConfiguration()
			.malwareScanner(new ClamAvSettings("", 3310, Duration.ofSeconds(60)));

		assertThat(off.enabled()).isFalse();
		assertThat(off.scan(signed).isClean()).isTrue();
	}

	private static void awaitPong() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!scanner.ping()) {
			if (!clamd.isAlive() || System.nanoTime() > deadline) {
				stop();
				fail("clamd did not answer PING:\n" + Files.readString(temp.resolve("clamd.out")));
			}
			Thread.sleep(200);
		}
	}

	private static void stop() throws InterruptedException {
		if (clamd != null && clamd.isAlive()) {
			clamd.destroy();
			if (!clamd.waitFor(10, TimeUnit.SECONDS)) {
				clamd.destroyForcibly().waitFor();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static String md5(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
	}
}
