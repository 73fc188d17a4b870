package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaRejected;
import id.warta.media.Rendition;
import id.warta.media.StoredMedia;
import id.warta.media.internal.storage.LocalMediaStorage;
import id.warta.media.internal.storage.MediaStorage;
import id.warta.organization.Agencies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams an upload to a temporary file while hashing it, inspects it, and only then moves it into storage: a
 * refused or broken upload leaves nothing behind. Identical bytes are kept once.
 */
@Service
class StorageMediaLibrary implements MediaLibrary {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

	private final MediaAssetRepository assets;
	private final MediaRenditionRepository renditions;
	private final UploadSessionRepository uploads;
	private final MediaStorage storage;
	private final UploadInspector inspector;
	private final MalwareGate malware;
	private final MediaSettings settings;
	private final MediaProcessingWorker worker;
	private final Agencies agencies;
	private final DocumentTexts documentTexts;
	private final Clock clock;

	StorageMediaLibrary(MediaAssetRepository assets, MediaRenditionRepository renditions,
			UploadSessionRepository uploads, MediaStorage storage, UploadInspector inspector, MalwareGate malware,
			MediaSettings settings, MediaProcessingWorker worker, Agencies agencies, DocumentTexts documentTexts,
			Clock clock) {
		this.worker = worker;
		this.assets = assets;
		this.renditions = renditions;
		this.uploads = uploads;
		this.storage = storage;
		this.inspector = inspector;
		this.malware = malware;
		this.settings = settings;
		this.agencies = agencies;
		this.documentTexts = documentTexts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredMedia store(InputStream content, String originalName, long uploaderId, Long divisionId) {
		String name = safeName(originalName);
		Path temp = null;
		try {
			Files.createDirectories(settings.uploadDirectory());
			temp = Files.createTempFile(settings.uploadDirectory(), "form-", ".part");
			long ceiling = settings.largestLimit();
			long size;
			try (OutputStream out = Files.newOutputStream(temp)) {
				size = copyAtMost(content, out, ceiling + 1);
			}
			if (size > ceiling) {
				throw new MediaRejected("media.rejected.tooLarge", name);
			}
			return accept(temp, name, uploaderId, divisionId).view();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/**
	 * Takes a complete file into the library (it is moved or copied away; the caller deletes what is left).
	 * Refuses with {@link MediaRejected}.
	 */
	MediaAsset accept(Path file, String name, long uploaderId, Long divisionId) throws IOException {
		return accept(file, name, uploaderId, divisionId, null);
	}

	/** As above, with the SHA-256 already computed while the bytes arrived (null: read the file for it). */
	MediaAsset accept(Path file, String name, long uploaderId, Long divisionId, String knownSha256)
			throws IOException {
		Sniffed type = inspector.inspect(file, name);
		malware.check(file, name);
		String sha256 = knownSha256 != null ? knownSha256 : sha256(file);
		long agencyId = agencies.current().id();
		Optional<MediaAsset> same = assets.findFirstByAgencyIdAndSha256OrderById(agencyId, sha256);
		if (same.isPresent() && storage.exists(same.get().storageKey())) {
			return copyOf(same.get(), name, uploaderId, divisionId);
		}
		long size = Files.size(file);
		String key = MONTH.format(clock.instant()) + "/" + UUID.randomUUID() + "." + type.extension();
		if (storage instanceof LocalMediaStorage local) {
			local.moveIn(key, file);
		}
		else {
			storage.put(key, file, type.contentType());
		}
		return assets.save(new MediaAsset(agencyId, type, truncate(name), size, sha256, key, uploaderId, divisionId,
				clock.instant()));
	}

	private MediaAsset copyOf(MediaAsset existing, String name, long uploaderId, Long divisionId) {
		MediaAsset copy = assets.save(existing.sameBytesAs(truncate(name), uploaderId, divisionId, clock.instant()));
		if (copy.processingStatus() == ProcessingStatus.DONE) {
			for (MediaRendition rendition : renditions.findByAssetIdOrderByName(existing.getId())) {
				renditions.save(rendition.forAsset(copy.getId()));
			}
		}
		return copy;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredMedia> find(long id) {
		return assets.findById(id).map(MediaAsset::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredMedia> findAll(List<Long> ids) {
		return assets.findAllById(ids).stream().map(MediaAsset::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean uploadedBy(long mediaId, long staffId) {
		return uploads.existsByMediaIdAndOwnerId(mediaId, staffId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MediaFile> open(long id) {
		return assets.findById(id).flatMap(this::original);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MediaFile> openRendition(long id, Integer version, String name) {
		Optional<MediaAsset> asset = assets.findById(id);
		if (asset.isEmpty() || (version != null && version != asset.get().renditionVersion())) {
			return Optional.empty();
		}
		return renditions.findByAssetIdAndName(id, name).flatMap(rendition -> file(rendition.storageKey(),
				rendition.size(), rendition.contentType(), asset.get().kind(), rendition.name()));
	}

	/**
	 * A picture whose renditions are not made yet (published right after its upload) is processed on the spot
	 * rather than shown as its original.
	 */
	@Override
	public Optional<MediaFile> openPublic(long id) {
		Optional<MediaFile> file = publicFile(id);
		if (file.isEmpty() && assets.findById(id).map(MediaAsset::kind).orElse(null) == MediaKind.IMAGE
				&& worker.processNow(id)) {
			file = publicFile(id);
		}
		return file;
	}

	private Optional<MediaFile> publicFile(long id) {
		return assets.findById(id).flatMap(asset -> switch (asset.kind()) {
			case IMAGE -> largest(id, "w", ".jpg").flatMap(name -> openRendition(id, null, name));
			case VIDEO -> openRendition(id, null, "web.mp4").or(() -> original(asset));
			case AUDIO -> openRendition(id, null, "voice.m4a").or(() -> original(asset));
			case DOCUMENT -> original(asset);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rendition> renditions(long id) {
		return renditions.findByAssetIdOrderByName(id).stream().map(MediaRendition::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<Rendition>> renditions(Collection<Long> ids) {
		return renditions.findByAssetIdIn(ids)
			.stream()
			.map(MediaRendition::view)
			.collect(Collectors.groupingBy(Rendition::mediaId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Description> descriptions(Collection<Long> ids) {
		Map<Long, Description> descriptions = new java.util.HashMap<>();
		List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		// In slices: an IN list of tens of thousands of ids is more than some databases take.
		for (int from = 0; from < all.size(); from += 1000) {
			for (MediaAsset asset : assets.findAllById(all.subList(from, Math.min(all.size(), from + 1000)))) {
				if (asset.caption() != null || asset.altText() != null) {
					descriptions.put(asset.getId(), new Description(asset.caption(), asset.altText()));
				}
			}
		}
		return descriptions;
	}

	@Override
	public Optional<String> documentText(long id) {
		return documentTexts.of(id);
	}

	/** The widest rendition whose name has this prefix and suffix, e.g. {@code w1600.jpg}. */
	private Optional<String> largest(long id, String prefix, String suffix) {
		return renditions.findByAssetIdOrderByName(id)
			.stream()
			.map(MediaRendition::view)
			.filter(r -> r.name().startsWith(prefix) && r.name().endsWith(suffix))
			.max(java.util.Comparator.comparingInt(Rendition::width))
			.map(Rendition::name);
	}

	private Optional<MediaFile> original(MediaAsset asset) {
		return file(asset.storageKey(), asset.size(), asset.contentType(), asset.kind(), asset.originalName());
	}

	private Optional<MediaFile> file(String key, long size, String contentType, MediaKind kind, String name) {
		if (!storage.exists(key)) {
			return Optional.empty();
		}
		return Optional.of(new MediaFile(StorageResources.of(storage, key, size, name), size, contentType, kind, name));
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String safeName(String originalName) {
		if (originalName == null || originalName.isBlank()) {
			return "berkas";
		}
		String name = originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		return name.isEmpty() ? "berkas" : name;
	}

	private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a leftover temporary file is removed by the clean-up of unfinished uploads
			}
		}
	}

	private static String truncate(String name) {
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}
}
