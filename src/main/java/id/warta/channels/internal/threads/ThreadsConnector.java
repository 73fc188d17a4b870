package id.warta.channels.internal.threads;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.meta.ContainerConnector;
import id.warta.channels.internal.meta.ContainerDialect;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;

/**
 * A Threads profile through the Threads API: text whose first address becomes the link preview, one picture, a
 * carousel of up to twenty pictures and videos, or a video, each fetched by Threads from its signed public
 * address. Posts are removed by hand.
 */
@Component
class ThreadsConnector extends ContainerConnector {

	static final ContainerDialect DIALECT = new ContainerDialect(Channel.THREADS, "Threads",
			"text", "IMAGE", "VIDEO", "TEXT", "status", "error_message", "threads", "threads_publish",
			"threads_publishing_limit", "id,permalink", 20);

	ThreadsConnector(PlatformHttp http, ChannelSettings settings) {
		super(http, settings, DIALECT);
	}
}
