package id.warta.publishing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.warta.channels.ChannelFailure;
import id.warta.channels.Post;
import id.warta.channels.PostMedia;
import id.warta.media.MediaKind;
import id.warta.media.MediaLibrary;
import id.warta.media.MediaLinks;
import id.warta.media.Rendition;
import id.warta.media.StoredMedia;
import id.warta.newsroom.Channel;
import id.warta.newsroom.ChannelCopy;
import id.warta.newsroom.ChannelRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a story's approved channel copy into one channel's post: its text, the story's address, and the media in
 * the shape the platform takes. Pictures go as the widest public rendition; for Instagram a picture outside
 * 4:5–1.91:1 goes as the focal-point crop nearest its shape.
 */
@Component
class PostAssembler {

	private final MediaLibrary media;
	private final MediaLinks links;
	private final PublishingSettings settings;
	private final String baseUrl;

	PostAssembler(MediaLibrary media, MediaLinks links, PublishingSettings settings,
			@Value("${warta.site.base-url}") String baseUrl) {
		this.media = media;
		this.links = links;
		this.settings = settings;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	Post assemble(long publicationId, ChannelCopy copy, Channel channel) {
		Set<Long> ids = new LinkedHashSet<>();
		if (copy.featuredMediaId() != null) {
			ids.add(copy.featuredMediaId());
		}
		ids.addAll(copy.galleryMediaIds());
		List<Long> list = List.copyOf(ids);
		Map<Long, StoredMedia> items = new java.util.HashMap<>();
		media.findAll(list).forEach(item -> items.put(item.id(), item));
		Map<Long, List<Rendition>> renditions = list.isEmpty() ? Map.of() : media.renditions(list);
		List<PostMedia> pictures = new ArrayList<>();
		PostMedia video = null;
		for (long id : list) {
			StoredMedia item = items.get(id);
			if (item == null) {
				continue;
			}
			List<Rendition> own = renditions.getOrDefault(id, List.of());
			if (item.kind() == MediaKind.IMAGE) {
				// A picture is posted as a rendition without metadata; until one is made, the post waits.
				pictures.add(picture(id, own, channel).orElseThrow(() -> ChannelFailure
					.transientFailure("picture " + id + " is still being processed", null)));
			}
			else if (item.kind() == MediaKind.VIDEO && video == null) {
				video = videoOf(item, own);
			}
		}
		if (video != null && (channel == Channel.X || channel == Channel.TELEGRAM)) {
			// These take a video or pictures, not both in one post: the video carries the story.
			pictures.clear();
		}
		return new Post(publicationId, copy.storyId(), copy.title(), copy.textFor(channel), baseUrl + copy.path(),
				pictures, video);
	}

	/** The rule problems of the post as assembled; empty when it may go. */
	static List<String> problems(Post post, Channel channel) {
		return ChannelRules.check(channel, post.text(), post.pictures().size(), post.video() == null ? 0 : 1);
	}

	private Optional<PostMedia> picture(long id, List<Rendition> renditions, Channel channel) {
		Optional<Rendition> widest = renditions.stream()
			.filter(r -> r.contentType().equals("image/jpeg") && r.name().matches("w\\d+\\.jpg"))
			.max(Comparator.comparingInt(Rendition::width));
		if (widest.isEmpty()) {
			return Optional.empty();
		}
		Rendition chosen = widest.get();
		if (channel == Channel.INSTAGRAM) {
			double ratio = (double) chosen.width() / chosen.height();
			String crop = ratio < ChannelRules.INSTAGRAM_MIN_RATIO ? "crop-4x5.jpg"
					: ratio > ChannelRules.INSTAGRAM_MAX_RATIO ? "crop-191x100.jpg" : null;
			if (crop != null) {
				chosen = renditions.stream().filter(r -> r.name().equals(crop)).findFirst().orElse(chosen);
			}
		}
		Rendition rendition = chosen;
		return Optional.of(new PostMedia(id, baseUrl + links.signedPath(id, rendition.name(), settings.mediaLinkValidity()),
				rendition.contentType(), rendition.size(), rendition.width(), rendition.height(),
				() -> media.openRendition(id, rendition.version(), rendition.name()).orElseThrow().resource()
					.getInputStream()));
	}

	private PostMedia videoOf(StoredMedia item, List<Rendition> renditions) {
		Optional<Rendition> web = renditions.stream().filter(r -> r.name().equals("web.mp4")).findFirst();
		long id = item.id();
		if (web.isPresent()) {
			Rendition rendition = web.get();
			return new PostMedia(id, baseUrl + links.signedPath(id, rendition.name(), settings.mediaLinkValidity()),
					"video/mp4", rendition.size(), rendition.width(), rendition.height(),
					() -> media.openRendition(id, rendition.version(), rendition.name()).orElseThrow().resource()
						.getInputStream());
		}
		return new PostMedia(id, baseUrl + links.signedPath(id, null, settings.mediaLinkValidity()),
				item.contentType(), item.size(), 0, 0,
				() -> media.openPublic(id).orElseThrow().resource().getInputStream());
	}
}
