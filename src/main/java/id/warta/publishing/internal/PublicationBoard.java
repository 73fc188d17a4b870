package id.warta.publishing.internal;

import java.util.List;

import id.warta.channels.ChannelAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The status board of a story's channels and what staff may do there: retry, cancel, skip with a reason, or
 * confirm that an unclear post is public. Only the content admin acts on publications.
 */
@Service
public class PublicationBoard {

	private final PublicationQueue queue;
	private final ChannelAccounts accounts;
	private final PublicationRows rows;

	PublicationBoard(PublicationQueue queue, ChannelAccounts accounts, PublicationRows rows) {
		this.queue = queue;
		this.rows = rows;
		this.accounts = accounts;
	}

	/** One channel's row on the board: the publication and its attempts, newest first. */
	public record Row(Publication publication, List<Attempt> attempts) {
	}

	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER')")
	public List<Row> of(long storyId) {
		return rows.ofStory(storyId).stream().map(p -> new Row(p, rows.attempts(p.id()))).toList();
	}

	@PreAuthorize("hasAnyRole('CONTENT_ADMIN', 'SCREENER')")
	public List<ChannelAccounts.AccountStatus> accounts() {
		return accounts.statuses();
	}

	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public boolean retry(long storyId, long publicationId) {
		return belongs(storyId, publicationId) && queue.retry(publicationId, actor());
	}

	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public boolean cancel(long storyId, long publicationId) {
		return belongs(storyId, publicationId) && queue.cancel(publicationId, actor());
	}

	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public boolean skip(long storyId, long publicationId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("publication.skip.reasonRequired");
		}
		return belongs(storyId, publicationId) && queue.skip(publicationId, actor(), reason.strip());
	}

	@PreAuthorize("hasRole('CONTENT_ADMIN')")
	public boolean confirmPublished(long storyId, long publicationId, String permalink) {
		if (permalink == null || !permalink.strip().startsWith("https://")) {
			throw new IllegalArgumentException("publication.confirm.permalinkRequired");
		}
		return belongs(storyId, publicationId) && queue.confirmPublished(publicationId, actor(), permalink.strip());
	}

	private boolean belongs(long storyId, long publicationId) {
		return rows.find(publicationId).filter(p -> p.storyId() == storyId).isPresent();
	}

	private static String actor() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}
}
