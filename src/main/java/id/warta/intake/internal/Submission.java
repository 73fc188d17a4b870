package id.warta.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.warta.intake.Material;
import id.warta.intake.MaterialFile;
import id.warta.intake.MaterialState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** Material a division sent to the admin (bahan informasi), with the sender, the time and its fate. */
@Entity
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long agencyId;
	private String trackingNumber;
	private String title;
	private String description;
	private Instant activityAt;
	private String place;
	private Long divisionId;
	private String noteToAdmin;
	private long senderId;
	private String senderName;
	private Instant receivedAt;
	@Enumerated(EnumType.STRING)
	private MaterialState state;
	private String notUsedReason;
	private String publicPath;
	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "submission_file", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	private List<File> files = new ArrayList<>();

	/** One file of the submission. */
	@Embeddable
	public static class File {

		private long mediaId;
		private String caption;

		protected File() {
		}

		File(long mediaId, String caption) {
			this.mediaId = mediaId;
			this.caption = caption;
		}
	}

	protected Submission() {
	}

	Submission(long agencyId, String title, String description, Instant activityAt, String place, Long divisionId,
			String noteToAdmin, long senderId, String senderName, Instant receivedAt) {
		this.agencyId = agencyId;
		this.title = title;
		this.description = description;
		this.activityAt = activityAt;
		this.place = place;
		this.divisionId = divisionId;
		this.noteToAdmin = noteToAdmin;
		this.senderId = senderId;
		this.senderName = senderName;
		this.receivedAt = receivedAt;
		this.state = MaterialState.RECEIVED;
	}

	void attach(long mediaId, String caption) {
		files.add(new File(mediaId, caption));
	}

	/** The number people quote on the phone: BHN-2026-00042. */
	void numbered(int year) {
		this.trackingNumber = "BHN-%d-%05d".formatted(year, id);
	}

	void setAside(String reason) {
		this.state = MaterialState.NOT_USED;
		this.notUsedReason = reason;
	}

	void fate(MaterialState state, String publicPath, String reason) {
		this.state = state;
		this.publicPath = publicPath;
		this.notUsedReason = reason;
	}

	public Material view() {
		return new Material(id, trackingNumber, title, description, activityAt, place, divisionId, noteToAdmin,
				senderId, senderName, receivedAt, state, notUsedReason, publicPath,
				files.stream().map(f -> new MaterialFile(f.mediaId, f.caption)).toList());
	}

	public Long getId() {
		return id;
	}

	public long getSenderId() {
		return senderId;
	}

	public Long getDivisionId() {
		return divisionId;
	}

	public MaterialState getState() {
		return state;
	}
}
