package id.warta.newsroom.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the newsroom.
 *
 * @param sealKey the secret that seals published revisions; when empty, a key is generated once into
 * {@code sealKeyFile}. Never in the database, so that changing published content there cannot forge a seal.
 * @param sealKeyFile where the generated key is kept
 */
@Validated
@ConfigurationProperties("warta.newsroom")
public record NewsroomSettings(@DefaultValue("") String sealKey,
		@NotNull @DefaultValue("./data/keys/seal.key") Path sealKeyFile) {
}
