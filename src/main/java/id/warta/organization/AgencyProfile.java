package id.warta.organization;

import java.util.Map;

/** The agency as the public and the back office show it. */
public record AgencyProfile(long id, String name, String shortName, String address, String phone, String email,
		boolean hasLogo, Map<SocialPlatform, String> socialLinks) {
}
