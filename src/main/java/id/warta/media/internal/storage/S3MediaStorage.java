package id.warta.media.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Storage in a bucket of Amazon S3 or a compatible server (MinIO, Garage, Ceph RGW, SeaweedFS). Every transfer
 * streams from or to a file or the network; files over {@value #MULTIPART_THRESHOLD} bytes go up in parts.
 */
public class S3MediaStorage implements MediaStorage, AutoCloseable {

	static final long MULTIPART_THRESHOLD = 64L * 1024 * 1024;

	private final S3Client client;

	private final S3StorageSettings settings;

	public S3MediaStorage(S3StorageSettings settings) {
		this(client(settings), settings);
	}

	S3MediaStorage(S3Client client, S3StorageSettings settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("warta.media.s3.bucket must be set when warta.media.storage=s3");
		}
		this.client = client;
		this.settings = settings;
	}

	static S3Client client(S3StorageSettings settings) {
		return clientBuilder(settings).build();
	}

	static S3ClientBuilder clientBuilder(S3StorageSettings settings) {
		AwsCredentialsProvider credentials = settings.hasStaticCredentials()
				? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
				: DefaultCredentialsProvider.builder().build();
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(ApacheHttpClient.builder())
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(settings.pathStyle())
			// The SDK's default CRC checksums on every request are not understood by every S3-compatible server;
			// ask for them only where the API requires them.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return builder;
	}

	/** Called once at start, so that a fresh server works without a manual step. */
	public void createBucketIfMissing() throws IOException {
		try {
			client.headBucket(b -> b.bucket(settings.bucket()));
		}
		catch (NoSuchBucketException ex) {
			try {
				client.createBucket(b -> b.bucket(settings.bucket()));
			}
			catch (SdkException createFailed) {
				throw failure("cannot create bucket " + settings.bucket(), createFailed);
			}
		}
		catch (SdkException ex) {
			throw failure("cannot reach bucket " + settings.bucket(), ex);
		}
	}

	@Override
	public void put(String key, Path source, String contentType) throws IOException {
		long size = Files.size(source);
		String objectKey = objectKey(key);
		try {
			if (size > MULTIPART_THRESHOLD) {
				new MultipartUpload(client, settings.bucket(), objectKey, contentType).send(source, size);
			}
			else {
				client.putObject(b -> b.bucket(settings.bucket()).key(objectKey).contentType(contentType)
					.contentLength(size), RequestBody.fromFile(source));
			}
		}
		catch (SdkException ex) {
			throw failure("cannot store " + key, ex);
		}
	}

	@Override
	public InputStream read(String key, long offset, long length) throws IOException {
		if (length == 0) {
			size(key);
			return InputStream.nullInputStream();
		}
		GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(settings.bucket()).key(objectKey(key));
		if (offset > 0 || length > 0) {
			request.range("bytes=" + offset + "-" + (length > 0 ? String.valueOf(offset + length - 1) : ""));
		}
		try {
			ResponseInputStream<GetObjectResponse> response = client.getObject(request.build());
			return new AbortingObjectStream(response);
		}
		catch (NoSuchKeyException ex) {
			throw missing(key, ex);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 416) {
				// Reading at or past the end: an empty stream, as a file would give.
				return InputStream.nullInputStream();
			}
			throw failure("cannot read " + key, ex);
		}
		catch (SdkException ex) {
			throw failure("cannot read " + key, ex);
		}
	}

	@Override
	public long size(String key) throws IOException {
		try {
			return client.headObject(b -> b.bucket(settings.bucket()).key(objectKey(key))).contentLength();
		}
		catch (NoSuchKeyException ex) {
			throw missing(key, ex);
		}
		catch (SdkException ex) {
			throw failure("cannot look up " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		try {
			size(key);
			return true;
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			// S3 answers 204 for a key that is not there, so a repeated delete needs no special case.
			client.deleteObject(b -> b.bucket(settings.bucket()).key(objectKey(key)));
		}
		catch (SdkException ex) {
			throw failure("cannot delete " + key, ex);
		}
	}

	@Override
	public String describe() {
		String endpoint = settings.endpoint() == null ? "https://s3." + settings.region() + ".amazonaws.com"
				: withoutUserInfo(settings.endpoint().toString());
		return "S3 " + endpoint.replaceAll("/+$", "") + "/" + settings.bucket();
	}

	@Override
	public void close() {
		client.close();
	}

	private String objectKey(String key) {
		if (key == null || key.isBlank() || key.startsWith("/")) {
			throw new IllegalArgumentException("storage key must be relative: " + key);
		}
		return settings.keyPrefix() + key;
	}

	/** An endpoint written as {@code http://user:pass@host} must not show its password on the system page. */
	private static String withoutUserInfo(String endpoint) {
		return endpoint.replaceFirst("//[^/@]*@", "//");
	}

	private static NoSuchFileException missing(String key, Exception cause) {
		NoSuchFileException missing = new NoSuchFileException(key);
		missing.initCause(cause);
		return missing;
	}

	/** Callers of the SPI handle {@link IOException}; the SDK throws unchecked exceptions. */
	private static IOException failure(String what, SdkException cause) {
		return new IOException("S3: " + what + ": " + cause.getMessage(), cause);
	}
}
