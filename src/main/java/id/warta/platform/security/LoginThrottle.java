package id.warta.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in the database (so that every node counts the same) under three keys: the account from
 * one address, the address, and the account. Only the first is ever locked. The address and the account are only
 * slowed down, so that wrong passwords sent from one address cannot lock the owner out from another one, nor lock
 * everyone who shares that address (a whole office behind one NAT). See ADR 0023.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;
	private final SecuritySettings settings;
	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, SecuritySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Why an attempt may not be checked now, and until when; empty when it may. A lock wins over a delay. */
	@Transactional(readOnly = true)
	public Optional<Refusal> refusal(String username, String address) {
		Instant now = clock.instant();
		List<Refusal> refusals = new ArrayList<>();
		for (Key key : keys(username, address)) {
			refusals.addAll(jdbc.query(
					"SELECT retry_at, locked FROM login_throttle WHERE throttle_key = ? AND retry_at IS NOT NULL",
					(rs, row) -> new Refusal(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getBoolean(2)),
					key.value()));
		}
		return refusals.stream()
			.filter(refusal -> refusal.until().isAfter(now))
			.max(Comparator.comparing(Refusal::locked).thenComparing(Refusal::until));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		for (Key key : keys(username, address)) {
			count(key, now);
		}
	}

	/** The owner is in: their own counts start again. The address keeps its count, which others may have made. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String address) {
		for (Key key : keys(username, address)) {
			if (key.kind() != Kind.ADDRESS) {
				jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", key.value());
			}
		}
	}

	/**
	 * Forgets counts that no longer slow down or lock anything (the next failure would start them again anyway),
	 * so that the table holds only recent failures. Every node may run it: deleting twice changes nothing.
	 */
	@Scheduled(fixedDelayString = "${warta.security.throttle-cleanup-interval:1h}", initialDelayString = "10m")
	@Transactional
	public int forgetOldCounts() {
		Instant now = clock.instant();
		return jdbc.update("DELETE FROM login_throttle "
				+ "WHERE last_failure_at < ? AND (retry_at IS NULL OR retry_at < ?)",
				utc(now.minus(settings.lockDuration())), utc(now));
	}

	private void count(Key key, Instant now) {
		// Make sure the row exists, then lock it: concurrent failures on several nodes count one after another.
		jdbc.update("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, locked) "
				+ "VALUES (?, 0, ?, FALSE) ON CONFLICT DO NOTHING", key.value(), utc(now));
		Count count = jdbc.queryForObject(
				"SELECT failures, last_failure_at, retry_at, locked FROM login_throttle "
						+ "WHERE throttle_key = ? FOR UPDATE",
				(rs, row) -> new Count(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
						Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
						rs.getBoolean(4)),
				key.value());
		boolean lockRunning = count.locked() && count.retryAt().map(now::isBefore).orElse(false);
		if (lockRunning) {
			return; // attempts while locked are refused unchecked; they must not lengthen the lock
		}
		boolean startAgain = count.locked() || count.lastFailure().plus(settings.lockDuration()).isBefore(now);
		int failures = startAgain ? 1 : count.failures() + 1;
		ThrottleRule rule = key.kind() == Kind.PAIR ? settings.pairRule() : settings.sharedRule();
		boolean lock = rule.locks(failures);
		Instant retryAt = lock ? now.plus(settings.lockDuration()) : now.plus(rule.delayAfter(failures));
		jdbc.update("UPDATE login_throttle SET failures = ?, last_failure_at = ?, retry_at = ?, locked = ? "
				+ "WHERE throttle_key = ?", failures, utc(now), retryAt.equals(now) ? null : utc(retryAt), lock,
				key.value());
	}

	private static List<Key> keys(String username, String address) {
		Key account = new Key("account:" + normalized(username), Kind.ACCOUNT);
		if (address == null || address.isBlank()) {
			return List.of(account);
		}
		String from = shortened(address, 100); // an IPv6 address with a zone fits; anything longer is not an address
		return List.of(new Key("pair:" + from + " " + normalized(username), Kind.PAIR),
				new Key("address:" + from, Kind.ADDRESS), account);
	}

	private static String normalized(String username) {
		return shortened(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), 150);
	}

	private static String shortened(String text, int length) {
		return text.length() > length ? text.substring(0, length) : text;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** An attempt refused unchecked until {@code until}: locked (the pair) or only slowed down. */
	record Refusal(Instant until, boolean locked) {
	}

	private enum Kind {
		/** One account from one address: slowed, then locked. */
		PAIR,
		/** One address, whatever the account: only slowed. */
		ADDRESS,
		/** One account, whatever the address: only slowed. */
		ACCOUNT
	}

	private record Key(String value, Kind kind) {
	}

	private record Count(int failures, Instant lastFailure, Optional<Instant> retryAt, boolean locked) {
	}
}
