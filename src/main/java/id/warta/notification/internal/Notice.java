package id.warta.notification.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A notice to one staff member that something waits for them, with a link to it; read or not. */
@Entity
public class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private long recipientId;
	@Enumerated(EnumType.STRING)
	private NoticeKind kind;
	private String messageKey;
	@Convert(converter = MessageArgs.class)
	private List<String> messageArgs;
	private String link;
	private String eventKey;
	private Instant createdAt;
	private Instant readAt;
	private Instant emailedAt;

	protected Notice() {
	}

	Notice(long agencyId, long recipientId, NoticeDraft draft, Instant now) {
		this.agencyId = agencyId;
		this.recipientId = recipientId;
		this.kind = draft.kind();
		this.messageKey = draft.kind().subjectKey();
		this.messageArgs = draft.args();
		this.link = draft.link();
		this.eventKey = draft.eventKey();
		this.createdAt = now;
	}

	void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	void emailed(Instant now) {
		emailedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getRecipientId() {
		return recipientId;
	}

	public NoticeKind getKind() {
		return kind;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] args() {
		return messageArgs.toArray();
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	boolean isEmailed() {
		return emailedAt != null;
	}
}
