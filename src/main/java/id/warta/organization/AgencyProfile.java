package id.warta.organization;

import java.util.Map;

/**
 * The agency as the public and the back office show it.
 *
 * @param themeColor the public site's main colour as {@code #rrggbb}, dark enough for white text on it; null for
 * the default
 * @param tagline one sentence saying what the agency does, for the home page and search results
 * @param approverMayNotPublish whether the screener who approved a story may not also publish it (ADR 0020)
 */
public record AgencyProfile(long id, String name, String shortName, String address, String phone, String email,
		boolean hasLogo, Map<SocialPlatform, String> socialLinks, String themeColor, String tagline,
		String officeHours, boolean approverMayNotPublish) {
}
