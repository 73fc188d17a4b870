package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/** One S3 multipart upload of a local file, aborted when any part fails so that no orphaned parts stay billed. */
record MultipartUpload(S3Client client, String bucket, String key, String contentType) {

	/** 16 MiB parts: above S3's 5 MiB minimum, and 10,000 parts still reach 160 GB. */
	static final long PART_SIZE = 16L * 1024 * 1024;

	void send(Path source, long size) throws IOException {
		String uploadId = client.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
			.uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			int number = 1;
			for (long offset = 0; offset < size; offset += PART_SIZE, number++) {
				parts.add(sendPart(uploadId, number, source, offset, Math.min(PART_SIZE, size - offset)));
			}
			client.completeMultipartUpload(
					b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
		}
		catch (RuntimeException | Error ex) {
			abort(uploadId, ex);
			if (ex instanceof UncheckedIOException unchecked) {
				throw unchecked.getCause();
			}
			throw ex;
		}
	}

	private CompletedPart sendPart(String uploadId, int number, Path source, long offset, long length) {
		// A provider that reopens the slice, rather than RequestBody.fromInputStream, because signing and retries
		// read a part again from its start and a plain stream can only be reset within its first 128 KiB.
		RequestBody body = RequestBody.fromContentProvider(() -> {
			try {
				return BoundedInputStream.slice(source, offset, length);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, length, contentType);
		String etag = client.uploadPart(
				b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number).contentLength(length), body)
			.eTag();
		return CompletedPart.builder().partNumber(number).eTag(etag).build();
	}

	private void abort(String uploadId, Throwable cause) {
		try {
			client.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
		}
		catch (SdkException abortFailed) {
			cause.addSuppressed(abortFailed);
		}
	}
}
