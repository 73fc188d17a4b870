package id.warta.media.internal;

import id.warta.media.internal.storage.MediaStorage;
import id.warta.media.internal.storage.StoredObjectResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A stored key as a Spring resource, so that responses (with ranges) are streamed from storage: a local file
 * directly, an object with ranged reads that skip without downloading.
 */
final class StorageResources {

	private StorageResources() {
	}

	static Resource of(MediaStorage storage, String key, long size, String name) {
		return storage.localFile(key).<Resource>map(FileSystemResource::new)
			.orElseGet(() -> new StoredObjectResource(storage, key, size, name));
	}
}
