import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Baseline for bench/startup/measure.sh: the smallest Java program that the harness can measure exactly like Warta —
 * a JVM that starts, opens an HTTP port on 127.0.0.1 and answers GET /actuator/health with {"status":"UP"}. Measured
 * with the same launcher, heap limit, empty working directory and 100 ms polling, so the ratio "Warta / baseline"
 * is what Spring Boot and the application add on top of a bare JVM serving HTTP on the same machine.
 * Usage: java Baseline PORT
 */
public class Baseline {

	public static void main(String[] args) throws Exception {
		var server = HttpServer.create(
				new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
		server.createContext("/actuator/health", exchange -> {
			byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (var out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}
}
