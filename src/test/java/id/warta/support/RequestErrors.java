package id.warta.support;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * The ERROR lines that requests logged: those of Tomcat's request threads and of a test's own thread pool.
 * Background work of the shared test application (a seal check that finds a story another test tampered with,
 * say) logs on its own named threads and is not what a race test is about.
 */
public final class RequestErrors {

	private static final Pattern REQUEST_THREAD = Pattern.compile("\\[\\s*[^\\]]*(-exec-\\d+|pool-\\d+-thread-\\d+)\\]");

	private RequestErrors() {
	}

	public static List<String> in(CapturedOutput output) {
		return (output.getOut() + output.getErr()).lines()
			.filter(line -> line.contains(" ERROR ") && REQUEST_THREAD.matcher(line).find())
			.toList();
	}
}
