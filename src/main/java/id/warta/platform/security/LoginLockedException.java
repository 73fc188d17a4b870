package id.warta.platform.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed logins for this account or from this address: refused until {@link #until()}. */
class LoginLockedException extends LockedException {

	private final Instant until;

	LoginLockedException(Instant until) {
		super("Login locked until " + until);
		this.until = until;
	}

	Instant until() {
		return until;
	}
}
