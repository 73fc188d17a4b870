package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import id.warta.media.internal.processing.FocalPoint;
import id.warta.media.internal.processing.MediaProcessor;
import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.ProcessingSource;
import id.warta.media.internal.processing.RenditionFile;
import id.warta.media.internal.storage.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes new originals in the background, one at a time per node. An original is claimed in the database
 * ({@code SKIP LOCKED}), so that with several nodes each is processed once; one whose worker died mid-way is taken
 * again after a while, at most three times. The original is never changed: a failure keeps it and says why.
 */
@Component
public class MediaProcessingWorker {

	private static final Logger log = LoggerFactory.getLogger(MediaProcessingWorker.class);
	static final int MAX_ATTEMPTS = 3;
	static final Duration STALE = Duration.ofHours(2);

	private final MediaAssetRepository assets;
	private final MediaRenditionRepository renditions;
	private final MediaStorage storage;
	private final List<MediaProcessor> processors;
	private final MediaSettings settings;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	MediaProcessingWorker(MediaAssetRepository assets, MediaRenditionRepository renditions, MediaStorage storage,
			List<MediaProcessor> processors, MediaSettings settings, JdbcTemplate jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.assets = assets;
		this.renditions = renditions;
		this.storage = storage;
		this.processors = processors;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${warta.media.processing-interval:3s}", initialDelayString = "15s")
	void scheduled() {
		while (processNext()) {
			// drains the queue, then waits for the next round
		}
	}

	/** Processes the next waiting original, if any; true when there was one. */
	public boolean processNext() {
		Optional<Long> claimed = claim();
		if (claimed.isEmpty()) {
			return false;
		}
		process(claimed.get());
		return true;
	}

	/**
	 * Processes this original now, on the caller's thread, if it is still waiting and no other worker has it: for
	 * a picture of a story published right after its upload, whose public rendition is asked for at once.
	 */
	public boolean processNow(long id) {
		Optional<Long> claimed = claim(id);
		claimed.ifPresent(this::process);
		return claimed.isPresent();
	}

	private Optional<Long> claim() {
		return claim(null);
	}

	private Optional<Long> claim(Long only) {
		return transactions.execute(tx -> {
			Instant now = clock.instant();
			List<Long> ids = only != null ? jdbc.queryForList("""
					SELECT id FROM media_asset WHERE id = ? AND processing_status = 'PENDING'
					FOR UPDATE SKIP LOCKED""", Long.class, only) : jdbc.queryForList("""
					SELECT id FROM media_asset
					WHERE (processing_status = 'PENDING'
					   OR (processing_status = 'PROCESSING' AND processing_started_at < ?))
					  AND processing_attempts < ?
					ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED""", Long.class, utc(now.minus(STALE)),
					MAX_ATTEMPTS);
			if (ids.isEmpty()) {
				return Optional.<Long>empty();
			}
			jdbc.update("""
					UPDATE media_asset SET processing_status = 'PROCESSING', processing_started_at = ?,
					processing_attempts = processing_attempts + 1 WHERE id = ?""", utc(now), ids.get(0));
			return Optional.of(ids.get(0));
		});
	}

	private void process(long id) {
		MediaAsset asset = assets.findById(id).orElseThrow();
		Optional<MediaProcessor> processor = processors.stream()
			.filter(candidate -> candidate.handles(asset.contentType()))
			.findFirst();
		if (processor.isEmpty()) {
			finish(id, a -> a.failed(ProcessingStatus.UNSUPPORTED, "media.processing.unsupported", null, clock.instant()));
			return;
		}
		Path work = null;
		try {
			Files.createDirectories(settings.uploadDirectory());
			work = Files.createTempDirectory(settings.uploadDirectory(), "processing-");
			Path original = localCopy(asset, work);
			Path out = Files.createDirectory(work.resolve("out"));
			Processed result = processor.get()
				.process(new ProcessingSource(original, asset.contentType(),
						new FocalPoint(asset.focalX(), asset.focalY()), out));
			store(id, result);
		}
		catch (ProcessingFailed failed) {
			log.info("Media {} could not be processed: {}", id, failed.getMessage());
			// A missing tool is not the file's fault: the original is served as it is.
			ProcessingStatus status = failed.messageKey().equals("media.processing.noFfmpeg")
					|| failed.messageKey().equals("media.processing.heicNeedsVips") ? ProcessingStatus.UNSUPPORTED
							: ProcessingStatus.FAILED;
			finish(id, a -> a.failed(status, failed.messageKey(), failed.getMessage(), clock.instant()));
		}
		catch (IOException | RuntimeException e) {
			log.warn("Processing media {} failed", id, e);
			finish(id, a -> a.failed(ProcessingStatus.FAILED, "media.processing.error", String.valueOf(e),
					clock.instant()));
		}
		finally {
			deleteTree(work);
		}
	}

	/** Processors work on local files; with object storage the original is fetched first. */
	private Path localCopy(MediaAsset asset, Path work) throws IOException {
		Optional<Path> local = storage.localFile(asset.storageKey());
		if (local.isPresent()) {
			return local.get();
		}
		Path copy = work.resolve("original");
		try (InputStream in = storage.read(asset.storageKey(), 0, -1)) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return copy;
	}

	private void store(long id, Processed result) throws IOException {
		MediaAsset asset = assets.findById(id).orElseThrow();
		int version = asset.renditionVersion() + 1;
		for (RenditionFile file : result.renditions()) {
			storage.put(key(id, version, file.name()), file.file(), file.contentType());
		}
		List<String> replaced = transactions.execute(tx -> {
			MediaAsset current = assets.findById(id).orElseThrow();
			List<MediaRendition> old = renditions.findByAssetIdOrderByName(id);
			renditions.deleteAll(old);
			renditions.flush();
			current.nextRenditionVersion();
			for (RenditionFile file : result.renditions()) {
				renditions.save(new MediaRendition(id, file.name(), file.contentType(), file.width(), file.height(),
						size(file.file()), key(id, version, file.name()), version));
			}
			current.processed(result.width(), result.height(), result.durationMillis(), result.codecs(),
					result.pageCount(), clock.instant());
			return old.stream().map(MediaRendition::storageKey).toList();
		});
		for (String key : replaced) {
			// a copy of this item (same bytes, uploaded again) may still list the old file
			if (jdbc.queryForObject("SELECT COUNT(*) FROM media_rendition WHERE storage_key = ?", Integer.class,
					key) == 0) {
				storage.delete(key);
			}
		}
	}

	private void finish(long id, java.util.function.Consumer<MediaAsset> change) {
		transactions.executeWithoutResult(tx -> assets.findById(id).ifPresent(change));
	}

	static String key(long id, int version, String name) {
		return "renditions/" + id + "/" + version + "/" + name;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return 0;
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static void deleteTree(Path root) {
		if (root == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(StorageMediaLibrary::deleteQuietly);
		}
		catch (IOException ignored) {
			// leftovers in the upload directory are removed with abandoned uploads
		}
	}
}
