package id.warta.media.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaRejected;
import id.warta.media.StoredMedia;
import id.warta.organization.Agencies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams an upload to a temporary file while hashing it, recognises its type, and only then moves it into
 * storage: a refused or broken upload leaves nothing behind.
 */
@Service
class LocalMediaLibrary implements MediaLibrary {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

	private final MediaAssetRepository assets;
	private final MediaSettings settings;
	private final Agencies agencies;
	private final Clock clock;

	LocalMediaLibrary(MediaAssetRepository assets, MediaSettings settings, Agencies agencies, Clock clock) {
		this.assets = assets;
		this.settings = settings;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredMedia store(InputStream content, String originalName, long uploaderId, Long divisionId) {
		String name = originalName == null || originalName.isBlank() ? "berkas" : Path.of(originalName).getFileName()
			.toString();
		Path temp = null;
		try {
			Files.createDirectories(settings.directory().resolve("tmp"));
			temp = Files.createTempFile(settings.directory().resolve("tmp"), "upload-", ".part");
			var input = new BufferedInputStream(content);
			input.mark(ContentSniffer.HEAD);
			byte[] head = input.readNBytes(ContentSniffer.HEAD);
			input.reset();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			long ceiling = settings.maxVideo().toBytes();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
				size = copyAtMost(input, out, ceiling + 1);
			}
			if (size == 0) {
				throw new MediaRejected("media.rejected.empty", name);
			}
			Sniffed type = ContentSniffer.sniff(head, temp)
				.orElseThrow(() -> new MediaRejected("media.rejected.type", name));
			if (size > settings.limitFor(type.kind())) {
				throw new MediaRejected("media.rejected.tooLarge." + type.kind().name(), name);
			}
			String key = MONTH.format(clock.instant()) + "/" + UUID.randomUUID() + "." + type.extension();
			Path target = settings.directory().resolve(key);
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			long agencyId = agencies.current().id();
			MediaAsset asset = assets.save(new MediaAsset(agencyId, type, truncate(name), size,
					HexFormat.of().formatHex(sha256.digest()), key, uploaderId, divisionId, clock.instant()));
			return asset.view();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a leftover temporary file is removed by the next clean-up; the upload was refused anyway
				}
			}
		}
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
	public Optional<MediaFile> open(long id) {
		return assets.findById(id)
			.map(asset -> new MediaFile(settings.directory().resolve(asset.storageKey()), asset.contentType(),
					asset.kind(), asset.originalName()))
			.filter(file -> Files.isRegularFile(file.path()));
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

	private static String truncate(String name) {
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}
}
