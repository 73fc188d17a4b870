package id.warta.organization;

/** The social platforms an agency may link to from its profile. */
public enum SocialPlatform {
	FACEBOOK, INSTAGRAM, X, YOUTUBE, TIKTOK, TELEGRAM, THREADS;

	public String labelKey() {
		return "social." + name();
	}
}
