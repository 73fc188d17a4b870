package id.warta.site.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import id.warta.newsroom.StoryType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of published stories, one document per story, replaced when its version changes. Searches see
 * changes after {@link #publish()}. Safe for concurrent searches and changes.
 */
final class StoryIndex implements Closeable {

	/** One hit: the story's address and filters, and its title and snippet as safe HTML. */
	record Hit(long storyId, StoryType type, String slug, String divisionSlug, Instant publishedAt,
			String contentHash, String title, String snippet, String source) {

		public String path() {
			return "/" + type.pathSegment() + "/" + slug;
		}
	}

	/**
	 * One page of hits, and how many there are in all: exactly up to {@link #COUNTED}, beyond that "at least"
	 * ({@code exact} false), since counting every match of a common word would score every story.
	 */
	record Found(List<Hit> hits, long total, boolean exact) {

		static final Found NOTHING = new Found(List.of(), 0, true);
	}

	static final int COUNTED = 1000;

	/** The best match first; among equals, the newest. */
	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(StoryFields.PUBLISHED, SortField.Type.LONG, true));

	private static final Set<String> HIT_FIELDS = Set.of(StoryFields.ID, StoryFields.TYPE, StoryFields.SLUG,
			StoryFields.DIVISION, StoryFields.PUBLISHED, StoryFields.HASH);

	private final Directory directory;
	private final Analyzer analyzer = SearchAnalyzers.perField();
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final int longestText;
	private final Map<Long, String> versions = new ConcurrentHashMap<>();

	/**
	 * @param longestText the longest text of one field that snippets are taken from (document text is limited
	 * to about this)
	 */
	StoryIndex(Directory directory, int longestText) throws IOException {
		this.directory = directory;
		this.longestText = longestText;
		this.writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(writer, null);
		readVersions();
	}

	static StoryIndex inMemory(int longestText) throws IOException {
		return new StoryIndex(new ByteBuffersDirectory(), longestText);
	}

	static StoryIndex inDirectory(Path path, int longestText) throws IOException {
		return new StoryIndex(FSDirectory.open(path), longestText);
	}

	/** The version of a story as indexed; empty when it is not in the index. */
	Optional<String> version(long storyId) {
		return Optional.ofNullable(versions.get(storyId));
	}

	Set<Long> storyIds() {
		return Set.copyOf(versions.keySet());
	}

	int size() {
		return versions.size();
	}

	void put(SearchDocument story) throws IOException {
		writer.updateDocument(idTerm(story.storyId()), StoryFields.of(story));
		versions.put(story.storyId(), story.version());
	}

	void remove(long storyId) throws IOException {
		writer.deleteDocuments(idTerm(storyId));
		versions.remove(storyId);
	}

	/** Makes the changes so far durable (when the index is on disk) and visible to searches. */
	void publish() throws IOException {
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/** Hits {@code offset} to {@code offset + limit} by relevance, and the number of all hits. */
	Found search(SearchQuery query, int offset, int limit) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			Optional<Query> lucene = StoryQueries.of(query, searcher.getIndexReader());
			if (lucene.isEmpty()) {
				return Found.NOTHING;
			}
			TopFieldDocs top = searcher.search(lucene.get(),
					new TopFieldCollectorManager(RELEVANCE, offset + limit, null, COUNTED));
			ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
					top.scoreDocs.length);
			if (page.length == 0) {
				return new Found(List.of(), top.totalHits.value, exact(top));
			}
			Snippets.Marked[] marked = new Snippets(searcher, analyzer, longestText).of(lucene.get(),
					new TopDocs(top.totalHits, page));
			List<Hit> hits = new ArrayList<>(page.length);
			for (int i = 0; i < page.length; i++) {
				hits.add(hit(searcher.storedFields().document(page[i].doc, HIT_FIELDS), marked[i]));
			}
			return new Found(List.copyOf(hits), top.totalHits.value, exact(top));
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** The years that published stories are filed under, newest first. */
	List<Integer> years() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			List<Integer> years = new ArrayList<>();
			Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), StoryFields.YEAR);
			if (terms != null) {
				TermsEnum each = terms.iterator();
				for (BytesRef year = each.next(); year != null; year = each.next()) {
					// Terms of deleted documents stay until segments merge.
					if (searcher.count(new TermQuery(new Term(StoryFields.YEAR, BytesRef.deepCopyOf(year)))) > 0) {
						years.add(Integer.valueOf(year.utf8ToString()));
					}
				}
			}
			years.sort(Comparator.reverseOrder());
			return years;
		}
		finally {
			searchers.release(searcher);
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	private static boolean exact(TopDocs top) {
		return top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
	}

	private static Hit hit(Document stored, Snippets.Marked marked) {
		return new Hit(Long.parseLong(stored.get(StoryFields.ID)), StoryFields.type(stored.get(StoryFields.TYPE)),
				stored.get(StoryFields.SLUG), stored.get(StoryFields.DIVISION),
				Instant.ofEpochMilli(stored.getField(StoryFields.PUBLISHED).numericValue().longValue()),
				stored.get(StoryFields.HASH), marked.title(), marked.snippet(), marked.source());
	}

	/** An index kept on disk comes back with the versions of what it holds. */
	private void readVersions() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				var stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						Document fields = stored.document(doc, Set.of(StoryFields.ID, StoryFields.VERSION));
						versions.put(Long.parseLong(fields.get(StoryFields.ID)), fields.get(StoryFields.VERSION));
					}
				}
			}
		}
		finally {
			searchers.release(searcher);
		}
	}

	private static Term idTerm(long storyId) {
		return new Term(StoryFields.ID, String.valueOf(storyId));
	}
}
