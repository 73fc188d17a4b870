package id.warta.publishing;

import java.util.Map;

import id.warta.audit.AuditableEvent;
import id.warta.newsroom.Channel;

/** Something happened to a publication: queued, attempted, published, failed, skipped, withdrawn. */
public record PublicationRecorded(String actor, long publicationId, long storyId, Channel channel, String action,
		String detail) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "PUBLICATION_" + action;
	}

	@Override
	public String auditObjectType() {
		return "Publication";
	}

	@Override
	public String auditObjectId() {
		return Long.toString(publicationId);
	}

	@Override
	public Map<String, ?> auditDetails() {
		return detail == null ? Map.of("story", storyId, "channel", channel.name())
				: Map.of("story", storyId, "channel", channel.name(), "detail", detail);
	}
}
