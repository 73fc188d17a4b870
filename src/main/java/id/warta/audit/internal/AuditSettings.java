package id.warta.audit.internal;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit trail.
 *
 * @param chainKey the secret that keys the chain (env {@code WARTA_AUDIT_CHAIN_KEY}); when empty, a key is made
 * once into {@code chainKeyFile}. Never in the database, and the same on every node.
 * @param chainKeyFile where the made key is kept
 * @param anchorFile the name, in the shared storage, of the file that keeps the chain's anchored heads
 */
@Validated
@ConfigurationProperties("warta.audit")
record AuditSettings(@DefaultValue("") String chainKey,
		@NotNull @DefaultValue("./data/keys/audit-chain.key") Path chainKeyFile,
		@NotBlank @DefaultValue("audit/anchors.txt") String anchorFile) {
}
