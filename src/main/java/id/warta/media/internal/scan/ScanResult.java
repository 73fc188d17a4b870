package id.warta.media.internal.scan;

import java.util.Optional;

/**
 * What a scan found. Only {@link Verdict#CLEAN} lets a file in.
 *
 * @param verdict clean, infected or failed
 * @param detail the signature name when infected, the reason when failed, empty when clean
 */
public record ScanResult(Verdict verdict, String detail) {

	public enum Verdict {
		CLEAN, INFECTED, FAILED
	}

	public static ScanResult clean() {
		return new ScanResult(Verdict.CLEAN, "");
	}

	public static ScanResult infected(String signature) {
		return new ScanResult(Verdict.INFECTED, signature);
	}

	public static ScanResult failed(String reason) {
		return new ScanResult(Verdict.FAILED, reason);
	}

	public boolean isClean() {
		return verdict == Verdict.CLEAN;
	}

	/**
	 * The message key telling the uploader why the file was refused, for {@code MediaRejected}. A failed scan refuses
	 * too: when scanning is on, a file that could not be checked is treated as unsafe (fail closed).
	 */
	public Optional<String> rejectionKey() {
		return switch (verdict) {
			case CLEAN -> Optional.empty();
			case INFECTED -> Optional.of("media.rejected.infected");
			case FAILED -> Optional.of("media.rejected.scanFailed");
		};
	}
}
