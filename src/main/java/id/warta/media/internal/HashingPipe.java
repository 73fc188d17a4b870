package id.warta.media.internal;

import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Feeds a digest on its own thread, so that hashing an upload overlaps with reading it from the network and writing
 * it to disk instead of adding to them. Eight buffers go round between the two threads, so memory stays constant
 * and nothing is allocated per chunk; a writer faster than the hash simply waits for a free buffer.
 */
final class HashingPipe implements AutoCloseable {

	private static final int BUFFERS = 8;
	private static final Chunk END = new Chunk(new byte[0]);

	private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(BUFFERS + 1);
	private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(BUFFERS);
	private final Thread worker;
	private final MessageDigest digest;
	private long hashed;

	/** A buffer and how much of it is filled. */
	private static final class Chunk {

		final byte[] bytes;
		int length;

		Chunk(byte[] bytes) {
			this.bytes = bytes;
		}
	}

	HashingPipe(MessageDigest digest, int bufferSize) {
		this.digest = digest;
		for (int i = 0; i < BUFFERS; i++) {
			free.add(new Chunk(new byte[bufferSize]));
		}
		this.worker = new Thread(this::drain, "upload-hash");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	void feed(byte[] buffer, int length) throws InterruptedException {
		Chunk chunk = free.take();
		System.arraycopy(buffer, 0, chunk.bytes, 0, length);
		chunk.length = length;
		queue.put(chunk);
	}

	/** Waits until every fed byte is in the digest; returns how many were hashed. */
	long finish() throws InterruptedException {
		queue.put(END);
		worker.join();
		return hashed;
	}

	private void drain() {
		try {
			Chunk next;
			while ((next = queue.take()) != END) {
				digest.update(next.bytes, 0, next.length);
				hashed += next.length;
				free.put(next);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (worker.isAlive()) {
			finish();
		}
	}
}
