package id.warta.publishing.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import id.warta.platform.AfterCommit;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Starts a dispatch pass on this node as soon as new publications are committed, instead of waiting for the next
 * poll (2 s by default, which was most of a story's time to reach its channels). The poll stays for retries and
 * for publications queued on other nodes; a pass already running or asked for is not asked for twice.
 */
@Component
class DispatchKick {

	private final Dispatcher dispatcher;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "dispatch-kick");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean pending = new AtomicBoolean();

	DispatchKick(Dispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	void afterCommit() {
		AfterCommit.run(this::now);
	}

	private void now() {
		if (pending.compareAndSet(false, true)) {
			executor.execute(() -> {
				pending.set(false);
				dispatcher.dispatchDue();
			});
		}
	}
}
