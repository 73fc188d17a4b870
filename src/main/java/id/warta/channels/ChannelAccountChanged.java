package id.warta.channels;

import java.util.Map;

import id.warta.audit.AuditableEvent;
import id.warta.newsroom.Channel;

/** An account was connected, refreshed, disconnected or needs connecting again. Never carries a token. */
public record ChannelAccountChanged(String actor, Channel channel, Change change, String reason)
		implements AuditableEvent {

	public enum Change {
		CONNECTED, REFRESHED, DISCONNECTED, RECONNECT_NEEDED
	}

	@Override
	public String auditAction() {
		return "CHANNEL_" + change.name();
	}

	@Override
	public String auditObjectType() {
		return "ChannelAccount";
	}

	@Override
	public String auditObjectId() {
		return channel.name();
	}

	@Override
	public Map<String, ?> auditDetails() {
		return reason == null ? Map.of() : Map.of("reason", reason);
	}
}
