package id.warta.publishing.internal;

import java.time.Instant;

import id.warta.newsroom.Channel;
import id.warta.publishing.PublicationState;

/** One row of the publication queue as read. */
public record Publication(long id, long storyId, int revision, String contentHash, Channel channel,
		PublicationState state, int attempts, Instant nextAttemptAt, boolean publicStepSent, String progress,
		String externalId, String permalink, String errorKey, String errorDetail, String skipReason,
		Instant publishedAt, Instant updatedAt) {
}
