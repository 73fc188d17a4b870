package id.warta.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.warta.site.web.PublicPageTour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.webjars.WebJarVersionLocator;

/**
 * Every kind of public page in headless Chromium: axe-core finds no serious or critical failure of WCAG 2.1
 * level A or AA, and no page scrolls sideways on a 360 px wide phone or at 200 % zoom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesAccessibilityBrowserTests {

	/** axe's rules for WCAG 2.1 level A and AA, by their tags. */
	private static final Map<String, Object> WCAG_21_AA = Map.of("type", "tag", "values",
			List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));

	/**
	 * Runs axe on part of the page (or all of it) and answers its serious and critical violations, one line each
	 * with where they are.
	 */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(arguments[0] || document, { runOnly: arguments[1], resultTypes: ['violations'] })
			  .then(results => done(results.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.map(n => n.target.join(' ')).join(', '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	List<PublicPageTour.Stop> stops;
	String axe;
	ChromeDriver browser;

	@BeforeAll
	void publishAndStartChromium() throws Exception {
		Chromium.require();
		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		stops = PublicPageTour.publish(mvc, context);
		axe = axeSource();
		browser = Chromium.start(1280, 800);
	}

	@AfterAll
	void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@TestFactory
	Stream<DynamicTest> noPageHasSeriousOrCriticalWcagFailures() {
		return stops.stream().map(stop -> DynamicTest.dynamicTest(stop.toString(), () -> {
			desktop();
			go(stop.path());
			assertThat(axe(null, WCAG_21_AA)).as("axe-core on %s", stop).isEmpty();
		}));
	}

	/** The skip link is hidden until it has the focus, so a run over the page alone would not check it. */
	@Test
	void theFirstTabStopIsASkipLinkThatCanBeRead() {
		desktop();
		go(PublicPageTour.article(stops).path());
		new Actions(browser).sendKeys(Keys.TAB).perform();
		var focused = browser.switchTo().activeElement();
		assertThat(focused.getDomAttribute("href")).isEqualTo("#isi");
		assertThat(focused.isDisplayed()).isTrue();
		assertThat(axe(".skip-link", Map.of("type", "rule", "values", List.of("color-contrast")))).isEmpty();
	}

	/**
	 * A 360 px phone, and 200 % zoom of a 1280 px wide window: zooming halves the CSS pixels across the window
	 * and doubles the device pixels behind each, which is what the second emulation sets.
	 */
	@TestFactory
	Stream<DynamicTest> noPageScrollsSidewaysOnAPhoneOrAtDoubleZoom() {
		return stops.stream().map(stop -> DynamicTest.dynamicTest(stop.toString(), () -> {
			assertThat(overflow(stop.path(), 360, 740, 3, true)).as("%s on a 360 px phone", stop).isZero();
			assertThat(overflow(stop.path(), 640, 400, 2, false)).as("%s at 200 %% zoom", stop).isZero();
		}));
	}

	/** How many CSS pixels the page is wider than the window, at this size. */
	private long overflow(String path, int width, int height, int scale, boolean mobile) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
		go(path);
		Object wider = browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		return Math.max(0, ((Number) wider).longValue());
	}

	@SuppressWarnings("unchecked")
	private List<String> axe(String selector, Map<String, Object> rules) {
		browser.executeScript(axe);
		return (List<String>) browser.executeAsyncScript(RUN_AXE, selector, rules);
	}

	private void desktop() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private void go(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}

	private static String axeSource() throws IOException {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		if (path == null) {
			throw new IllegalStateException("axe-core's WebJar is not on the test class path");
		}
		try (InputStream in = PublicPagesAccessibilityBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
