package id.warta.notification.internal;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification module. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} notices are shown in the application only.
 *
 * @param baseUrl where staff reach the back office, for the links in e-mails
 * @param from the sender address of notice e-mails
 */
@Validated
@ConfigurationProperties("warta.notification")
record NotificationSettings(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
		@NotBlank @DefaultValue("warta@localhost") String from) {

	/** The absolute address of a back-office path. */
	String absolute(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
