package id.warta.platform.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, so that a locked or slowed-down attempt learns nothing about the
 * password, and counts every failure against the pair of account and address, the address and the account.
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
		throttle.refusal(username, address).ifPresent(ThrottledAuthenticationProvider::refuse);
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.succeeded(username, address);
			return result;
		}
		catch (BadCredentialsException | AccountStatusException e) {
			throttle.failed(username, address);
			// The failure that locks says so at once; a mere delay shows on the next attempt, if it comes too soon.
			throttle.refusal(username, address)
				.filter(LoginThrottle.Refusal::locked)
				.ifPresent(ThrottledAuthenticationProvider::refuse);
			throw e;
		}
	}

	private static void refuse(LoginThrottle.Refusal refusal) {
		throw refusal.locked() ? new LoginLockedException(refusal.until()) : new LoginDelayedException(refusal.until());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
