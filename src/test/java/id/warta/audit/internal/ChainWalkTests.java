package id.warta.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of one walk along the chain, on entries made here without a database. */
class ChainWalkTests {

	static final Instant NOW = Instant.parse("2026-12-01T01:30:00Z");

	final AuditHashing hashing = new AuditHashing(new AuditSettings("kunci-uji", Path.of("unused"), "a.txt"));

	@Test
	void entriesFromBeforeTheKeyStayVerifiableAndTheChainGoesOnKeyed() {
		List<AuditEntry> chain = new ArrayList<>();
		plain(chain, "LOGIN_SUCCEEDED");
		plain(chain, "ROLES_CHANGED");
		keyed(chain, JdbcAuditTrail.CHAIN_KEYED);
		keyed(chain, "LOGIN_SUCCEEDED");

		ChainVerification result = walk(chain, List.of());

		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(4);
		assertThat(result.headHash()).isEqualTo(chain.get(3).hash());
	}

	@Test
	void aPlainEntryAfterTheChainBecameKeyedIsAForgery() {
		List<AuditEntry> chain = new ArrayList<>();
		keyed(chain, JdbcAuditTrail.CHAIN_KEYED);
		plain(chain, "ROLES_CHANGED");

		ChainVerification result = walk(chain, List.of());

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(2);
		assertThat(result.problem()).isEqualTo("audit.problem.altered");
	}

	@Test
	void aKeyedHashMadeWithAnotherKeyDoesNotHold() {
		List<AuditEntry> chain = new ArrayList<>();
		AuditHashing other = new AuditHashing(new AuditSettings("kunci-lain", Path.of("unused"), "a.txt"));
		chain.add(entry(1, "LOGIN_SUCCEEDED", AuditHashing.GENESIS, AuditHashing.KEYED, other));

		assertThat(walk(chain, List.of()).problem()).isEqualTo("audit.problem.altered");
	}

	@Test
	void aChainShorterThanItsAnchorWasRolledBack() {
		List<AuditEntry> chain = new ArrayList<>();
		keyed(chain, "A");
		keyed(chain, "B");
		ChainAnchor anchor = new ChainAnchor(3, "f".repeat(64), NOW);

		ChainVerification result = walk(chain, List.of(anchor));

		assertThat(result.intact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo("audit.problem.rolledBack");
	}

	@Test
	void anAnchoredEntryWithAnotherHashWasRolledBackAndWrittenOn() {
		List<AuditEntry> chain = new ArrayList<>();
		keyed(chain, "A");
		keyed(chain, "B");
		ChainAnchor anchor = new ChainAnchor(2, "f".repeat(64), NOW);

		ChainVerification result = walk(chain, List.of(anchor));

		assertThat(result.brokenSeq()).isEqualTo(2);
		assertThat(result.problem()).isEqualTo("audit.problem.rolledBack");
	}

	@Test
	void aChainThatStillHoldsItsAnchorsIsIntact() {
		List<AuditEntry> chain = new ArrayList<>();
		keyed(chain, "A");
		keyed(chain, "B");
		keyed(chain, "C");

		assertThat(walk(chain, List.of(new ChainAnchor(2, chain.get(1).hash(), NOW))).intact()).isTrue();
	}

	@Test
	void anAnchorLineReadsBackAsWritten() {
		ChainAnchor anchor = new ChainAnchor(42, "a".repeat(64), NOW);

		assertThat(ChainAnchor.parse(anchor.line())).contains(anchor);
		assertThat(ChainAnchor.parse("rusak")).isEmpty();
	}

	private ChainVerification walk(List<AuditEntry> chain, List<ChainAnchor> anchors) {
		ChainWalk walk = new ChainWalk(hashing, NOW, anchors);
		chain.forEach(walk::accept);
		return walk.end(chain.size(), chain.get(chain.size() - 1).hash());
	}

	private void plain(List<AuditEntry> chain, String action) {
		chain.add(entry(chain.size() + 1, action, previous(chain), AuditHashing.PLAIN, hashing));
	}

	private void keyed(List<AuditEntry> chain, String action) {
		chain.add(entry(chain.size() + 1, action, previous(chain), AuditHashing.KEYED, hashing));
	}

	private static String previous(List<AuditEntry> chain) {
		return chain.isEmpty() ? AuditHashing.GENESIS : chain.get(chain.size() - 1).hash();
	}

	private static AuditEntry entry(long seq, String action, String prev, String algorithm, AuditHashing hashing) {
		Instant at = NOW.minusSeconds(1000 - seq);
		AuditEntry unhashed = new AuditEntry(seq, at, "uji", action, "Test", "1", "{}", prev, "", algorithm);
		String hash = AuditHashing.KEYED.equals(algorithm)
				? hashing.keyed(seq, at, "uji", action, "Test", "1", "{}", prev)
				: AuditHashing.plain(unhashed);
		return new AuditEntry(seq, at, "uji", action, "Test", "1", "{}", prev, hash, algorithm);
	}
}
