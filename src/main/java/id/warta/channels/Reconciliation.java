package id.warta.channels;

/** What reconciling found: the post is public, it certainly is not (safe to send), or nobody can tell. */
public record Reconciliation(Outcome outcome, Posted posted) {

	public enum Outcome {
		PUBLISHED, NOT_PUBLISHED, UNKNOWN
	}

	public static Reconciliation published(Posted posted) {
		return new Reconciliation(Outcome.PUBLISHED, posted);
	}

	public static Reconciliation notPublished() {
		return new Reconciliation(Outcome.NOT_PUBLISHED, null);
	}

	public static Reconciliation unknown() {
		return new Reconciliation(Outcome.UNKNOWN, null);
	}
}
