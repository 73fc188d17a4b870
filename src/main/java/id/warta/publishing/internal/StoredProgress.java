package id.warta.publishing.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.warta.channels.Progress;

/**
 * A publication's progress in its row, one {@code key=value} per line, written and committed on every save. A
 * save that finds the publication taken over by another node stops this one: two nodes never go on together.
 */
class StoredProgress implements Progress {

	/** Thrown into a connector when its node lost the publication; the dispatcher leaves the row alone. */
	static class LeaseLost extends RuntimeException {

		LeaseLost(long id) {
			super("Publication " + id + " was taken over by another claim");
		}
	}

	private final PublicationQueue queue;
	private final long id;
	private final String leaseOwner;
	private final Duration lease;
	private final Map<String, String> values;
	private boolean publicStepSent;

	StoredProgress(PublicationQueue queue, Publication publication, String leaseOwner, Duration lease) {
		this.queue = queue;
		this.id = publication.id();
		this.leaseOwner = leaseOwner;
		this.lease = lease;
		this.values = decode(publication.progress());
		this.publicStepSent = publication.publicStepSent();
	}

	@Override
	public Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	@Override
	public void save(String key, String value) {
		values.put(key, value);
		if (!queue.saveProgress(id, leaseOwner, encode(values), lease)) {
			throw new LeaseLost(id);
		}
	}

	@Override
	public void beforePublicStep() {
		if (!queue.markPublicStep(id, leaseOwner, true)) {
			throw new LeaseLost(id);
		}
		publicStepSent = true;
	}

	@Override
	public boolean publicStepSent() {
		return publicStepSent;
	}

	/** After reconciling found the post not public: sending again is safe. */
	void clearPublicStep() {
		if (!queue.markPublicStep(id, leaseOwner, false)) {
			throw new LeaseLost(id);
		}
		publicStepSent = false;
	}

	static String encode(Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		values.forEach((key, value) -> text.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
			.append('\n'));
		return text.toString();
	}

	static Map<String, String> decode(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text == null) {
			return values;
		}
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(URLDecoder.decode(line.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(line.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}
}
