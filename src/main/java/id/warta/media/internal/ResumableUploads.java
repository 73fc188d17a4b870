package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import id.warta.media.MediaRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads that survive a dropped connection (the tus 1.0 protocol's core, creation and termination): bytes are
 * appended to a part file at the offset the client says, which must be where the file ends, so a retried chunk
 * never doubles bytes. The first bytes already refuse a dangerous type; the last ones hand the file to the library.
 * Bytes stream through a fixed buffer: memory does not grow with the file.
 */
@Service
public class ResumableUploads {

	private static final Logger log = LoggerFactory.getLogger(ResumableUploads.class);

	private final UploadSessionRepository sessions;
	private final StorageMediaLibrary library;
	private final UploadInspector inspector;
	private final MediaSettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
	/**
	 * The SHA-256 of each upload so far, fed as its bytes arrive, so that a large file is not read again at the
	 * end. Only a hint: after a restart, or if it does not cover exactly the bytes on disk, the file is hashed.
	 */
	private final Map<String, RunningHash> hashes = new ConcurrentHashMap<>();



	ResumableUploads(UploadSessionRepository sessions, StorageMediaLibrary library, UploadInspector inspector,
			MediaSettings settings, TransactionTemplate transactions, Clock clock) {
		this.sessions = sessions;
		this.library = library;
		this.inspector = inspector;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Where an upload stands: bytes received, bytes announced, and the media item once it is complete. */
	public record Status(String id, long offset, long length, Long mediaId) {
	}

	/**
	 * A request that does not fit the upload's state; the HTTP status says which, the message key and its
	 * arguments what to tell the person (the exception's own message is for the log).
	 */
	public static class UploadConflict extends RuntimeException {

		private final int status;
		private final String messageKey;
		private final Object[] arguments;

		UploadConflict(int status, String messageKey, String message, Object... arguments) {
			super(message);
			this.status = status;
			this.messageKey = messageKey;
			this.arguments = arguments.clone();
		}

		public int status() {
			return status;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] arguments() {
			return arguments.clone();
		}
	}

	public long maxSize() {
		return settings.largestLimit();
	}

	public Status create(long ownerId, Long divisionId, long length, String fileName) {
		String name = StorageMediaLibrary.safeName(fileName);
		if (length == 0) {
			throw new MediaRejected("media.rejected.empty", name);
		}
		if (length > settings.largestLimit()) {
			throw new MediaRejected("media.rejected.tooLarge", name);
		}
		if (ContentSniffer.hasDangerousName(name)) {
			throw new MediaRejected("media.rejected.dangerousName", name);
		}
		String id = UUID.randomUUID().toString();
		try {
			Files.createDirectories(settings.uploadDirectory());
			Files.createFile(part(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		transactions.executeWithoutResult(tx -> sessions
			.save(new UploadSession(id, ownerId, divisionId, truncate(name), length, clock.instant())));
		return new Status(id, 0, length, null);
	}

	public Optional<Status> status(String id, long ownerId) {
		return owned(id, ownerId).map(this::status);
	}

	/**
	 * Appends the body at {@code offset}. Bytes received before the connection dropped are kept; the client asks
	 * for the offset and goes on from there.
	 */
	public Status append(String id, long ownerId, long offset, InputStream body) throws IOException {
		ReentrantLock lock = locks.computeIfAbsent(id, key -> new ReentrantLock());
		if (!lock.tryLock()) {
			throw new UploadConflict(423, "upload.problem.busy", "another request is writing this upload");
		}
		try {
			UploadSession session = owned(id, ownerId).orElseThrow(
					() -> new UploadConflict(404, "upload.problem.notFound", "no such upload"));
			if (session.mediaId() != null) {
				return status(session);
			}
			Path part = part(id);
			long current = Files.size(part);
			if (offset != current) {
				throw new UploadConflict(409, "upload.problem.offset",
						"offset " + offset + " but the upload has " + current + " bytes", offset, current);
			}
			long written;
			RunningHash hash = hashes.get(id);
			if (hash == null && current == 0) {
				hash = new RunningHash(PartFile.sha256(), new long[1]);
				hashes.put(id, hash);
			}
			java.security.MessageDigest digest = hash != null && hash.covered()[0] == current ? hash.digest() : null;
			if (digest == null) {
				hashes.remove(id);
			}
			try {
				written = PartFile.append(body, part, session.declaredLength() - current, digest, hash);
			}
			finally {
				transactions.executeWithoutResult(tx -> sessions.findById(id)
					.ifPresent(s -> s.touched(clock.instant())));
			}
			if (current + written > session.declaredLength() || body.read() >= 0) {
				discard(session);
				throw new MediaRejected("media.rejected.longerThanAnnounced", session.fileName());
			}
			if (session.kind() == null && current + written >= Math.min(ContentSniffer.HEAD, session.declaredLength())) {
				recognise(session, part);
			}
			if (current + written == session.declaredLength()) {
				return complete(session, part);
			}
			return new Status(id, current + written, session.declaredLength(), null);
		}
		finally {
			lock.unlock();
			locks.remove(id, lock);
		}
	}

	public void cancel(String id, long ownerId) {
		owned(id, ownerId).filter(session -> session.mediaId() == null).ifPresent(this::discard);
	}

	/** Removes uploads that nobody continued within the expiry, and their bytes. */
	@Scheduled(fixedDelayString = "${warta.media.upload-cleanup-interval:1h}", initialDelayString = "5m")
	public void removeAbandoned() {
		Instant cutoff = clock.instant().minus(settings.uploadExpiry());
		for (UploadSession session : sessions.findByUpdatedAtBefore(cutoff)) {
			if (session.mediaId() == null) {
				log.info("Removing an upload abandoned since {}: {}", session.updatedAt(), session.fileName());
				discard(session);
			}
		}
	}

	private void recognise(UploadSession session, Path part) throws IOException {
		ContentSniffer.Result early = ContentSniffer.early(part);
		if (early.type() == null && early.refusal() != null) {
			discard(session);
			throw new MediaRejected(early.refusal(), session.fileName());
		}
		if (early.type() != null) {
			try {
				inspector.checkSize(early.type().kind(), session.declaredLength(), session.fileName());
			}
			catch (MediaRejected tooLarge) {
				discard(session);
				throw tooLarge;
			}
			transactions.executeWithoutResult(tx -> sessions.findById(session.id())
				.ifPresent(s -> s.recognised(early.type().kind())));
		}
	}

	private Status complete(UploadSession session, Path part) {
		try {
			MediaAsset asset = transactions.execute(tx -> {
				try {
					RunningHash hash = hashes.remove(session.id());
					String known = hash != null && hash.covered()[0] == session.declaredLength()
							? java.util.HexFormat.of().formatHex(hash.digest().digest()) : null;
					MediaAsset accepted = library.accept(part, session.fileName(), session.ownerId(),
							session.divisionId(), known);
					sessions.findById(session.id()).ifPresent(s -> s.finished(accepted.getId(), clock.instant()));
					return accepted;
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			StorageMediaLibrary.deleteQuietly(part);
			return new Status(session.id(), session.declaredLength(), session.declaredLength(), asset.getId());
		}
		catch (MediaRejected rejected) {
			discard(session);
			throw rejected;
		}
	}

	private Optional<UploadSession> owned(String id, long ownerId) {
		return sessions.findById(id).filter(session -> session.ownerId() == ownerId);
	}

	private Status status(UploadSession session) {
		if (session.mediaId() != null) {
			return new Status(session.id(), session.declaredLength(), session.declaredLength(), session.mediaId());
		}
		try {
			return new Status(session.id(), Files.size(part(session.id())), session.declaredLength(), null);
		}
		catch (IOException missing) {
			return new Status(session.id(), 0, session.declaredLength(), null);
		}
	}

	private void discard(UploadSession session) {
		hashes.remove(session.id());
		StorageMediaLibrary.deleteQuietly(part(session.id()));
		transactions.executeWithoutResult(tx -> sessions.deleteById(session.id()));
	}

	private Path part(String id) {
		// ids are UUIDs made here; the check keeps a forged id from naming another file
		UUID.fromString(id);
		return settings.uploadDirectory().resolve("tus-" + id + ".part");
	}

	private static String truncate(String name) {
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}
}
