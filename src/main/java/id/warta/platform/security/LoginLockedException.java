package id.warta.platform.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed logins of this account from this address: refused unchecked until {@link #until()}. */
class LoginLockedException extends LockedException {

	private final Instant until;

	LoginLockedException(Instant until) {
		this("Login locked until " + until, until);
	}

	LoginLockedException(String message, Instant until) {
		super(message);
		this.until = until;
	}

	Instant until() {
		return until;
	}
}
