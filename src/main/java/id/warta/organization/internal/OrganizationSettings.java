package id.warta.organization.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the organisation module.
 *
 * @param logoDirectory where the agency's logo file is kept
 * @param firstAdministrator username of the administrator created at the first production start
 */
@Validated
@ConfigurationProperties("warta.organization")
public record OrganizationSettings(@NotNull @DefaultValue("./data/agency") Path logoDirectory,
		@NotBlank @DefaultValue("admin") String firstAdministrator) {
}
