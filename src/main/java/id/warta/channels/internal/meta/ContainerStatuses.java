package id.warta.channels.internal.meta;

import id.warta.channels.ChannelCredentials;
import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import tools.jackson.databind.JsonNode;

/**
 * A container's status ({@code IN_PROGRESS|FINISHED|PUBLISHED|ERROR|EXPIRED}), asked once or polled every
 * {@code poll-interval} until the platform has fetched and processed the media.
 */
class ContainerStatuses {

	private final PlatformHttp http;
	private final ChannelSettings settings;
	private final ContainerDialect dialect;

	ContainerStatuses(PlatformHttp http, ChannelSettings settings, ContainerDialect dialect) {
		this.http = http;
		this.settings = settings;
		this.dialect = dialect;
	}

	/** A container's status and, when it failed, the platform's reason. */
	record Status(String code, String detail) {
	}

	/**
	 * Polls until the container is finished or expired, and says which. A failed one is a permanent processing
	 * failure; a published one is settled by reconciling; one still in progress after the allowed polls is tried
	 * again later, from where it is.
	 */
	String await(String container, ChannelCredentials account) {
		for (int poll = 0; poll < Math.max(1, settings.maxPolls()); poll++) {
			Status status = status(container, account);
			switch (status.code()) {
				case "FINISHED", "EXPIRED" -> {
					return status.code();
				}
				case "PUBLISHED" -> throw ChannelFailure.ambiguous(dialect.name() + ": container " + container
						+ " is already published");
				case "ERROR" -> throw ChannelFailure.permanent("channel.failure.processing",
						dialect.name() + ": " + (status.detail().isBlank() ? "ERROR" : status.detail()));
				default -> pause();
			}
		}
		throw ChannelFailure.transientFailure(dialect.name() + ": container " + container + " is still processing",
				null);
	}

	Status status(String container, ChannelCredentials account) {
		PlatformHttp.Answer answer = http.send(GraphRequests.get(settings.platform(dialect.channel()).api(),
				container, GraphRequests.parameters("fields", dialect.statusField() + "," + dialect.statusDetail(),
						"access_token", account.accessToken())), false);
		if (!answer.ok()) {
			throw MetaErrors.failure(dialect.name(), answer);
		}
		JsonNode json = answer.json();
		return new Status(json.path(dialect.statusField()).asText(""), json.path(dialect.statusDetail()).asText(""));
	}

	private void pause() {
		try {
			Thread.sleep(settings.pollInterval().toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw ChannelFailure.transientFailure("interrupted while waiting for processing", null);
		}
	}
}
