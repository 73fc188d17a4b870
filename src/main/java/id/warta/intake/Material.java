package id.warta.intake;

import java.time.Instant;
import java.util.List;

/** Material as other modules see it. */
public record Material(long id, String trackingNumber, String title, String description, Instant activityAt,
		String place, Long divisionId, String noteToAdmin, long senderId, String senderName, Instant receivedAt,
		MaterialState state, String notUsedReason, String publicPath, List<MaterialFile> files) {
}
