package id.warta.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in the database (so that every node counts the same)
 * and locks either for a while once it has failed too often.
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

	/** Until when the account or the address is locked, whichever lasts longer; empty when neither is. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = clock.instant();
		return keys(username, address).stream()
			.flatMap(key -> jdbc.query("SELECT locked_until FROM login_throttle WHERE throttle_key = ?",
					(rs, row) -> rs.getObject(1, OffsetDateTime.class), key).stream())
			.filter(until -> until != null && until.toInstant().isAfter(now))
			.map(OffsetDateTime::toInstant)
			.max(Instant::compareTo);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		for (String key : keys(username, address)) {
			count(key, now);
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", userKey(username));
	}

	private void count(String key, Instant now) {
		var rows = jdbc.query(
				"SELECT failures, first_failure_at, locked_until FROM login_throttle WHERE throttle_key = ? FOR UPDATE",
				(rs, row) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
						Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant)),
				key);
		if (rows.isEmpty()) {
			try {
				jdbc.update("INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (?, 1, ?)",
						key, utc(now));
				lockIfDue(key, 1, now);
				return;
			}
			catch (DuplicateKeyException raced) {
				count(key, now);
				return;
			}
		}
		Row row = rows.get(0);
		boolean windowOver = row.firstFailure().plus(settings.lockDuration()).isBefore(now);
		boolean lockOver = row.lockedUntil().map(until -> !until.isAfter(now)).orElse(false);
		if (windowOver || lockOver) {
			jdbc.update("UPDATE login_throttle SET failures = 1, first_failure_at = ?, locked_until = NULL "
					+ "WHERE throttle_key = ?", utc(now), key);
			lockIfDue(key, 1, now);
			return;
		}
		if (row.lockedUntil().isPresent()) {
			return; // already locked: attempts while locked do not extend the lock
		}
		int failures = row.failures() + 1;
		jdbc.update("UPDATE login_throttle SET failures = ? WHERE throttle_key = ?", failures, key);
		lockIfDue(key, failures, now);
	}

	private void lockIfDue(String key, int failures, Instant now) {
		if (failures >= settings.maxLoginFailures()) {
			jdbc.update("UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?",
					utc(now.plus(settings.lockDuration())), key);
		}
	}

	private static List<String> keys(String username, String address) {
		return address == null || address.isBlank() ? List.of(userKey(username))
				: List.of(userKey(username), "ip:" + address);
	}

	private static String userKey(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Row(int failures, Instant firstFailure, Optional<Instant> lockedUntil) {
	}
}
