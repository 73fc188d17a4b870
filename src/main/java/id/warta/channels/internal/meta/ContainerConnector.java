package id.warta.channels.internal.meta;

import id.warta.channels.ChannelConnector;
import id.warta.channels.ChannelCredentials;
import id.warta.channels.Post;
import id.warta.channels.Posted;
import id.warta.channels.Progress;
import id.warta.channels.Reconciliation;
import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.newsroom.Channel;

/**
 * A connector for a platform that posts through containers ({@link ContainerPublishing}): the approved text with
 * the story's address after it, published once, reconciled by the container's status. Posts are removed by hand.
 */
public abstract class ContainerConnector implements ChannelConnector {

	private final ContainerPublishing containers;
	private final Channel channel;

	protected ContainerConnector(PlatformHttp http, ChannelSettings settings, ContainerDialect dialect) {
		this.containers = new ContainerPublishing(http, settings, dialect);
		this.channel = dialect.channel();
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public Posted publish(Post post, ChannelCredentials credentials, Progress progress) {
		return containers.publish(post, credentials, progress, ContainerPublishing.withLink(post, channel));
	}

	@Override
	public Reconciliation reconcile(Post post, ChannelCredentials credentials, Progress progress) {
		return containers.reconcile(credentials, progress, ContainerPublishing.withLink(post, channel));
	}
}
