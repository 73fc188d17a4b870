package id.warta.audit.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Re-verifies the whole chain once a day, at night in Jakarta, and anchors its head when it is intact. */
@Component
class DailyChainCheck {

	private final AuditChainVerifier verifier;

	DailyChainCheck(AuditChainVerifier verifier) {
		this.verifier = verifier;
	}

	@Scheduled(cron = "${warta.audit.daily-check-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	void run() {
		verifier.verifyAndAnchor();
	}
}
