package id.warta.platform.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the lock before the password, so that a locked account cannot be probed, and counts every failure
 * against the account and the client address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails web
				? web.getRemoteAddress() : null;
		var lockedUntil = throttle.lockedUntil(username, address);
		if (lockedUntil.isPresent()) {
			throw new LoginLockedException(lockedUntil.get());
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException | AccountStatusException e) {
			throttle.failed(username, address);
			throttle.lockedUntil(username, address).ifPresent(until -> {
				throw new LoginLockedException(until);
			});
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
