package id.warta.newsroom.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.newsroom.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import org.hibernate.annotations.Immutable;

/**
 * One saved state of a story's content. Never changed once written: an edit makes a new revision, and the hash
 * recorded here is what screeners approve and what the website verifies.
 */
@Entity
@Immutable
public class StoryRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private int number;
	private String title;
	private String slug;
	private String lead;
	private String body;
	@Convert(converter = ListConverters.Lines.class)
	private List<String> tags;
	@Convert(converter = ListConverters.Lines.class)
	private List<String> categories;
	private Long featuredMediaId;
	private String featuredAlt;
	@Convert(converter = ListConverters.Ids.class)
	private List<Long> galleryMediaIds;
	@Convert(converter = ListConverters.Ids.class)
	private List<Long> documentMediaIds;
	@Convert(converter = ListConverters.Channels.class)
	private Set<Channel> channels;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "story_revision_text", joinColumns = @JoinColumn(name = "revision_id"))
	@MapKeyColumn(name = "channel")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "text")
	private Map<Channel, String> channelTexts = new EnumMap<>(Channel.class);
	private long authorId;
	private String authorName;
	private Instant createdAt;
	private String contentHash;

	protected StoryRevision() {
	}

	StoryRevision(int number, StoryContent content, Editor author, Instant now) {
		this.number = number;
		this.title = content.title();
		this.slug = content.slug();
		this.lead = content.lead();
		this.body = content.body();
		this.tags = content.tags();
		this.categories = content.categories();
		this.featuredMediaId = content.featuredMediaId();
		this.featuredAlt = content.featuredAlt();
		this.galleryMediaIds = content.galleryMediaIds();
		this.documentMediaIds = content.documentMediaIds();
		this.channels = content.channels();
		this.channelTexts.putAll(content.channelTexts());
		this.authorId = author.id();
		this.authorName = author.username();
		this.createdAt = now;
		this.contentHash = content.hash();
	}

	/** The content as stored now, whose hash can be compared with the hash recorded when it was written. */
	public StoryContent content() {
		return new StoryContent(title, slug, lead, body, tags, categories, featuredMediaId, featuredAlt,
				galleryMediaIds, documentMediaIds, channelTexts, channels);
	}

	public Long getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public long getAuthorId() {
		return authorId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getContentHash() {
		return contentHash;
	}

	public String getTitle() {
		return title;
	}

	public String getSlug() {
		return slug;
	}
}
