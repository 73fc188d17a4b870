package id.warta.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as a browser sends them. */
public final class Requests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private Requests() {
	}

	/** A client address no other test uses, so that login throttling in one test never touches another. */
	public static String freshAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "203.0." + (113 + n / 250) % 256 + "." + (n % 250 + 1);
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The login form, sent from the given address. */
	public static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/masuk").param("username", username).param("password", password).with(csrf()).with(from(address));
	}
}
