package id.warta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The uploader on a phone-sized screen over a slow line: a video in several chunks, paused and resumed by hand,
 * then the network drops and comes back; it carries on by itself and the stored file is the same, byte for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ResumableUploadBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	@BeforeEach
	void startChromium() {
		browser = Chromium.start(412, 915);
	}

	@AfterEach
	void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aVideoIsPausedResumedAndSurvivesADroppedConnection() throws Exception {
		byte[] video = id.warta.support.TestFiles.mp4Noise(14 * 1024 * 1024, 42);
		Path file = Files.createTempFile("kegiatan-lapangan", ".mp4");
		Files.write(file, video);

		go("/masuk");
		browser.findElement(By.id("username")).sendKeys("kontributor");
		browser.findElement(By.id("password")).sendKeys(SopWalkThroughBrowserTests.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(driver -> driver.findElement(By.tagName("body")).getText().contains("Selamat datang"));
		go("/bahan/kirim");
		// about 2 MB/s up: the 14 MB video takes several 4 MB chunks and a few seconds each
		throttle(false);
		browser.findElement(By.id("uploader-input")).sendKeys(file.toString());
		waitFor(driver -> progress() > 0);

		browser.findElement(By.xpath("//li[contains(@class,'upload')]//button[normalize-space()='Jeda']")).click();
		waitFor(driver -> status().contains("Dijeda"));
		int paused = progress();
		Thread.sleep(1500);
		assertThat(progress()).as("nothing is sent while paused").isLessThanOrEqualTo(Math.max(paused, 30));
		browser.findElement(By.xpath("//li[contains(@class,'upload')]//button[normalize-space()='Lanjutkan']")).click();
		waitFor(driver -> progress() > paused);

		throttle(true);
		waitFor(driver -> status().contains("mencoba lagi"));
		Thread.sleep(2000);
		throttle(false);
		new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
			.until(driver -> status().contains("Terunggah"));

		String mediaId = browser.findElement(By.cssSelector("li.upload input[name=uploaded]")).getAttribute("value");
		assertThat(mediaId).isNotBlank();
		String stored = jdbc.queryForObject("SELECT sha256 FROM media_asset WHERE id = ?", String.class,
				Long.parseLong(mediaId));
		assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video)));
	}

	private void throttle(boolean offline) {
		var conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		conditions.setLatency(Duration.ofMillis(50));
		conditions.setUploadThroughput(2 * 1024 * 1024);
		conditions.setDownloadThroughput(2 * 1024 * 1024);
		((HasNetworkConditions) browser).setNetworkConditions(conditions);
	}

	private int progress() {
		String value = browser.findElement(By.cssSelector("li.upload progress")).getAttribute("value");
		return value == null ? 0 : (int) Double.parseDouble(value);
	}

	private String status() {
		return browser.findElement(By.cssSelector("li.upload .upload-status")).getText();
	}

	private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private void go(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}

}
