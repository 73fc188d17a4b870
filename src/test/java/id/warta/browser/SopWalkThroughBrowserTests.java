package id.warta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The four SOP steps clicked through in headless Chromium, as new users would: a contributor uploads a photo
 * with the resumable uploader,
 * the admin composes and submits, a screener approves on a 390 px wide phone, the admin publishes, and an
 * anonymous visitor reads the page. Screenshots of each step go to target/browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class SopWalkThroughBrowserTests {

	static final String PASSWORD = "warta-demo-2026";

	@LocalServerPort
	int port;

	WebDriver browser;
	Path shots;

	@BeforeEach
	void startChromium() throws IOException {
		Chromium.require();
		shots = Files.createDirectories(Path.of("target/browser"));
	}

	@AfterEach
	void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aStoryGoesFromAPhoneUploadToThePublicWebsite() throws Exception {
		String title = "Peresmian Rusunawa Bekasi Timur " + System.currentTimeMillis();
		Path photo = photo();

		open(412, 915);
		login("kontributor");
		go("/bahan/kirim");
		type("title", title);
		type("description", "Wali Kota meresmikan rumah susun sewa di Bekasi Timur.");
		type("place", "Bekasi Timur");
		// The resumable uploader sends the photo as soon as it is chosen; the caption goes with its row.
		browser.findElement(By.id("uploader-input")).sendKeys(photo.toString());
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.upload.done")));
		browser.findElement(By.cssSelector("li.upload input[name=uploadedCaptions]")).sendKeys("Wali Kota menggunting pita");
		click(By.cssSelector("main form button.primary"));
		waitForText("BHN-");
		shot("1-receipt");
		browser.quit();

		open(1280, 900);
		login("admin.konten");
		go("/redaksi/bahan");
		click(By.xpath("//li[a[normalize-space()='" + title + "']]//input[@type='checkbox']"));
		click(By.xpath("//button[normalize-space()='Buat berita dari bahan terpilih']"));
		waitForText("Draf berita sudah dibuat");
		// The body is edited in the WYSIWYG editor: a bold sentence typed at the end.
		var surface = browser.findElement(By.cssSelector(".wysiwyg"));
		surface.click();
		surface.sendKeys(org.openqa.selenium.Keys.END);
		click(By.xpath("//div[@class='wysiwyg-toolbar']/button[normalize-space()='Tebal']"));
		surface.sendKeys(" Warga menyambut gembira.");
		shot("2-editor");
		click(By.xpath("//button[normalize-space()='Simpan']"));
		waitForText("Perubahan tersimpan");
		click(By.xpath("//button[normalize-space()='Ajukan ke Penyaring']"));
		waitForText("Berita diajukan ke penyaring");
		String editorUrl = browser.getCurrentUrl();
		browser.quit();

		open(390, 844);
		login("penyaring");
		go("/penyaringan");
		click(By.linkText(title));
		waitForText("Keputusan Anda");
		shot("3-screening-390px");
		assertThat(horizontalOverflow()).as("the screening page fits a 390 px phone").isFalse();
		click(By.xpath("//button[normalize-space()='Setujui']"));
		waitForText("Berita disetujui");
		browser.quit();

		open(1280, 900);
		login("admin.konten");
		browser.get(editorUrl);
		click(By.xpath("//button[normalize-space()='Terbitkan di website']"));
		waitForText("Berita sudah terbit di website");
		String publicUrl = browser.findElement(By.linkText("Lihat di website")).getAttribute("href");
		browser.quit();

		open(390, 844);
		browser.get(publicUrl);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector("article .featured img")).getAttribute("alt"))
			.isEqualTo("Wali Kota menggunting pita");
		assertThat(browser.findElement(By.cssSelector("article .body")).getAttribute("innerHTML"))
			.as("the bold sentence from the editor, through the sanitiser").containsPattern("<(b|strong)>");
		shot("4-public-page");
	}

	private void open(int width, int height) {
		browser = Chromium.start(width, height);
	}

	private void login(String username) {
		go("/masuk");
		type("username", username);
		type("password", PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		waitForText("Selamat datang");
	}

	private void go(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}

	private void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By by) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private void waitForText(String text) {
		// The page may be replaced while it is read: a stale body is simply read again.
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
	}

	private boolean horizontalOverflow() {
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		return Boolean.TRUE.equals(overflow);
	}

	private void shot(String name) throws IOException {
		Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private static Path photo() throws IOException {
		var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(11, 83, 148));
		graphics.fillRect(0, 0, 640, 480);
		graphics.dispose();
		Path file = Files.createTempFile("peresmian", ".jpg");
		ImageIO.write(image, "jpg", file.toFile());
		return file;
	}
}
