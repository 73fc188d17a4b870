package id.warta.media.internal;

import java.io.IOException;
import java.io.InputStream;

import id.warta.media.internal.storage.MediaStorage;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** A stored key as a Spring resource, so that responses (with ranges) are streamed from storage. */
final class StorageResources {

	private StorageResources() {
	}

	static Resource of(MediaStorage storage, String key, long size, String name) {
		return storage.localFile(key).<Resource>map(FileSystemResource::new).orElseGet(() -> new AbstractResource() {

			@Override
			public String getDescription() {
				return "stored " + key;
			}

			@Override
			public String getFilename() {
				return name;
			}

			@Override
			public long contentLength() {
				return size;
			}

			@Override
			public InputStream getInputStream() throws IOException {
				return storage.read(key, 0, -1);
			}
		});
	}
}
