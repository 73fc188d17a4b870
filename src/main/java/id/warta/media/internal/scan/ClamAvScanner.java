package id.warta.media.internal.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scans through clamd's {@code INSTREAM} command over TCP: the file goes in length-prefixed chunks, so clamd needs
 * no access to our disk. Fails closed: when clamd cannot be reached, times out or answers with an error (such as a
 * file above its {@code StreamMaxLength}), the result is {@link ScanResult.Verdict#FAILED} and the upload is refused,
 * because letting an unchecked file through would make the scanner worthless whenever it is down.
 */
final class ClamAvScanner implements MalwareScanner {

	private static final int CHUNK = 64 * 1024;

	/** Replies are one short line; a longer one is not clamd. */
	private static final int MAX_REPLY = 4096;

	private final ClamAvSettings settings;

	ClamAvScanner(ClamAvSettings settings) {
		this.settings = settings;
	}

	@Override
	public ScanResult scan(Path file) {
		try (Socket socket = connect(); InputStream content = Files.newInputStream(file)) {
			try {
				send(content, new DataOutputStream(socket.getOutputStream()));
			}
			catch (IOException writeFailed) {
				// clamd closes the connection as soon as the stream passes StreamMaxLength and has already written
				// why; read that reply rather than report the broken pipe.
				return verdict(readReply(socket.getInputStream()), writeFailed);
			}
			return verdict(readReply(socket.getInputStream()), null);
		}
		catch (IOException ex) {
			return ScanResult.failed("clamd at " + address() + ": " + ex.getMessage());
		}
	}

	/** {@code true} when clamd answers {@code PING} with {@code PONG}. */
	boolean ping() {
		try (Socket socket = connect()) {
			socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			return "PONG".equals(readReply(socket.getInputStream()));
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public String describe() {
		return "ClamAV clamd at " + address();
	}

	private Socket connect() throws IOException {
		int timeout = (int) settings.timeout().toMillis();
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
			socket.setSoTimeout(timeout);
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

	private static void send(InputStream content, DataOutputStream out) throws IOException {
		out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
		byte[] chunk = new byte[CHUNK];
		for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
			if (read > 0) {
				out.writeInt(read);
				out.write(chunk, 0, read);
			}
		}
		out.writeInt(0);
		out.flush();
	}

	/** A reply ends with the NUL of the {@code z} command prefix, or with the connection. */
	private static String readReply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY; b = in.read()) {
			reply.write(b);
		}
		return reply.toString(StandardCharsets.US_ASCII).trim();
	}

	static ScanResult verdict(String reply, IOException writeFailed) {
		if (reply.equals("stream: OK") && writeFailed == null) {
			return ScanResult.clean();
		}
		if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
			return ScanResult.infected(reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
		}
		if (reply.endsWith("ERROR")) {
			return ScanResult.failed("clamd: " + reply);
		}
		if (writeFailed != null) {
			return ScanResult.failed("clamd closed the connection: " + writeFailed.getMessage());
		}
		return ScanResult.failed("clamd gave an unexpected reply: " + reply);
	}

	private String address() {
		return settings.host() + ":" + settings.port();
	}
}
