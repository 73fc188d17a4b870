package id.warta.channels;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The fields of a form body or a query string, decoded, as OAuth tests read what a platform was sent. */
public final class FormFields {

	private FormFields() {
	}

	public static Map<String, String> of(LoggedRequest request) {
		return of(request.getBodyAsString());
	}

	/** A form, or the query of an address ({@code https://…?a=1&b=2}). */
	public static Map<String, String> of(String form) {
		String fields = form.contains("?") ? form.substring(form.indexOf('?') + 1) : form;
		return Arrays.stream(fields.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
	}
}
