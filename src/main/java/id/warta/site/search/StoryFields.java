package id.warta.site.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.warta.newsroom.StoryType;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The fields of a story in the index, how much a match in each weighs, and the years stories are filed under. */
final class StoryFields {

	static final String ID = "id";
	static final String VERSION = "version";
	static final String TYPE = "type";
	static final String SLUG = "slug";
	static final String DIVISION = "division";
	static final String YEAR = "year";
	static final String PUBLISHED = "published";
	static final String HASH = "hash";
	static final String TITLE = "title";
	static final String LEAD = "lead";
	static final String BODY = "body";
	static final String TAGS = "tags";
	static final String CAPTIONS = "captions";
	static final String DOCUMENT = "document";
	/** Every word as written, for matching misspellings to real words; not stored. */
	static final String WORDS = "words";

	/** Stemmed text fields and their weight: a word in the title says more than one in an attached document. */
	static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, TAGS, 2f, LEAD, 2f, BODY, 1f, CAPTIONS, 1f,
			DOCUMENT, 0.6f);

	/** Where a snippet may come from, in the order they are preferred. */
	static final List<String> SNIPPET_SOURCES = List.of(LEAD, BODY, CAPTIONS, DOCUMENT);

	/** Years are those of the agency's calendar. */
	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** Stored, with offsets in the postings so that the highlighter need not analyse long text again. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	private static final FieldType MATCHED_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
		MATCHED_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		MATCHED_ONLY.setOmitNorms(true);
		MATCHED_ONLY.freeze();
	}

	private StoryFields() {
	}

	static Document of(SearchDocument story) {
		Document document = new Document();
		document.add(new StringField(ID, String.valueOf(story.storyId()), Field.Store.YES));
		document.add(new StoredField(VERSION, story.version()));
		document.add(new StringField(TYPE, story.type().pathSegment(), Field.Store.YES));
		document.add(new StoredField(SLUG, story.slug()));
		if (story.divisionSlug() != null) {
			document.add(new StringField(DIVISION, story.divisionSlug(), Field.Store.YES));
		}
		document.add(new StringField(YEAR, String.valueOf(year(story.publishedAt())), Field.Store.NO));
		document.add(new NumericDocValuesField(PUBLISHED, story.publishedAt().toEpochMilli()));
		document.add(new StoredField(PUBLISHED, story.publishedAt().toEpochMilli()));
		document.add(new StoredField(HASH, story.contentHash()));
		document.add(new Field(TITLE, nonNull(story.title()), HIGHLIGHTED));
		document.add(new Field(LEAD, nonNull(story.lead()), HIGHLIGHTED));
		document.add(new Field(BODY, nonNull(story.body()), HIGHLIGHTED));
		document.add(new Field(TAGS, nonNull(story.tags()), MATCHED_ONLY));
		document.add(new Field(CAPTIONS, nonNull(story.captions()), HIGHLIGHTED));
		document.add(new Field(DOCUMENT, nonNull(story.documents()), HIGHLIGHTED));
		document.add(new Field(WORDS, String.join("\n", nonNull(story.title()), nonNull(story.lead()),
				nonNull(story.body()), nonNull(story.tags()), nonNull(story.captions()), nonNull(story.documents())),
				MATCHED_ONLY));
		return document;
	}

	static int year(Instant instant) {
		return instant.atZone(JAKARTA).getYear();
	}

	static StoryType type(String pathSegment) {
		return StoryType.ofPathSegment(pathSegment)
			.orElseThrow(() -> new IllegalArgumentException("no story type has the path " + pathSegment));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
