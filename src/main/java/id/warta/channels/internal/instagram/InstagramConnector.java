package id.warta.channels.internal.instagram;

import id.warta.channels.internal.ChannelSettings;
import id.warta.channels.internal.PlatformHttp;
import id.warta.channels.internal.meta.ContainerConnector;
import id.warta.channels.internal.meta.ContainerDialect;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Component;

/**
 * An Instagram professional account through the Graph API's content publishing: one picture, a carousel of up to
 * ten pictures and videos, or a Reel, each fetched by Instagram from its signed public address. Captions carry no
 * clickable links, so the story's address is written out as plain text. Posts cannot be removed through the API.
 */
@Component
class InstagramConnector extends ContainerConnector {

	static final ContainerDialect DIALECT = new ContainerDialect(Channel.INSTAGRAM, "Instagram",
			"caption", null, "REELS", null, "status_code", "status", "media", "media_publish",
			"content_publishing_limit", "permalink", 10);

	InstagramConnector(PlatformHttp http, ChannelSettings settings) {
		super(http, settings, DIALECT);
	}
}
