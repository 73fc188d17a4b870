package id.warta.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.warta.platform.SharedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The anchored heads of the chain, one line each, newest last, in a file of the shared storage: every node sees
 * it, and someone who can only write the database cannot change it. Each anchor also goes to the log.
 */
@Component
class ChainAnchors {

	private static final Logger log = LoggerFactory.getLogger(ChainAnchors.class);
	/** More than a year of daily anchors; the newest alone would do, older ones help if one write was lost. */
	private static final int KEPT = 400;

	private final SharedFiles files;
	private final String name;

	ChainAnchors(SharedFiles files, AuditSettings settings) {
		this.files = files;
		this.name = settings.anchorFile();
	}

	List<ChainAnchor> recorded() {
		return files.read(name)
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8).lines()
				.map(ChainAnchor::parse)
				.flatMap(Optional::stream)
				.toList())
			.orElse(List.of());
	}

	Optional<ChainAnchor> last() {
		List<ChainAnchor> all = recorded();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	void record(ChainAnchor anchor) {
		log.info("Audit chain anchored: entry {} hash {} ({})", anchor.seq(), anchor.hash(), anchor.anchoredAt());
		List<ChainAnchor> anchors = new ArrayList<>(recorded());
		anchors.add(anchor);
		StringBuilder text = new StringBuilder();
		anchors.subList(Math.max(0, anchors.size() - KEPT), anchors.size())
			.forEach(kept -> text.append(kept.line()).append('\n'));
		files.write(name, text.toString().getBytes(StandardCharsets.UTF_8));
	}
}
