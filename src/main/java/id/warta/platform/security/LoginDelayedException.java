package id.warta.platform.security;

import java.time.Instant;

/**
 * Failed logins from this address, or of this account, came quickly one after another: the next attempt is
 * checked only from {@link #until()}, a few seconds away. A lock that ends by itself in seconds, which is why it
 * is audited like one.
 */
class LoginDelayedException extends LoginLockedException {

	LoginDelayedException(Instant until) {
		super("Login slowed down until " + until, until);
	}
}
