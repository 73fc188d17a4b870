package id.warta.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Debian's ChromeDriver. A browser test is skipped on a machine without
 * them, and fails in CI, which must install them.
 */
final class Chromium {

	static final Path BINARY = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	static void require() {
		boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
		if (!present && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must install Debian's chromium and chromium-driver");
		}
		Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed: browser test skipped");
	}

	/** A fresh headless Chromium with a window of this size, in Indonesian. */
	static ChromeDriver start(int width, int height) {
		require();
		var options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=id");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		var browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(width, height));
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}
}
