package id.warta.site.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import id.warta.newsroom.StoryType;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Builds Warta's story index from 50,000 generated Indonesian-like stories and times a mix of queries against it
 * (stems, typos, several words, filters, marked snippets), next to a baseline in the same run: the same stories in
 * a plain Lucene index with the StandardAnalyzer, the same words as plain term queries (no stems, no typos), with
 * the UnifiedHighlighter's default snippets. Lives in the index's package to reach its package-private classes.
 */
public class SearchBench {

	static final String[] ROOTS = { "rumah", "bangun", "jalan", "jembatan", "tanah", "makam", "kelola", "pelihara",
			"atur", "tata", "layan", "air", "limbah", "saluran", "banjir", "warga", "kota", "bantu", "izin", "ukur",
			"sertifikat", "kawasan", "taman", "lampu", "drainase", "sampah", "pasar", "sekolah", "rusun", "kampung",
			"pukul", "kirim", "tulis", "rawat", "ganti", "perbaiki", "tanam", "bersih", "ajar", "periksa", "data",
			"anggar", "rencana", "program", "kerja", "rapat", "camat", "lurah", "dinas", "bidang", "kepala", "pegawai",
			"aspal", "beton", "pipa", "pompa", "tiang", "gapura", "masjid", "posyandu", "puskesmas", "terminal" };

	static final String[] PLACES = { "Bekasi Utara", "Bekasi Selatan", "Bekasi Timur", "Bekasi Barat", "Medan Satria",
			"Bantargebang", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondok Gede", "Rawalumbu", "Pondok Melati" };

	static final String[] FUNCTION_WORDS = { "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "oleh",
			"dalam", "akan", "telah", "sudah", "ini", "itu", "para", "bagi", "agar", "serta", "tahun" };

	/** Roots of the generated text: the real ones above first (the most frequent), then made-up ones. */
	static final String[] VOCABULARY = vocabulary(6000, new Random(1));

	/** Zipf's law over the vocabulary: the n-th root is used about 1/n as often as the first. */
	static final double[] CUMULATIVE = zipf(VOCABULARY.length);

	static final String[] DIVISIONS = { "sekretariat", "bidang-perumahan", "bidang-pertanahan",
			"bidang-kawasan-permukiman", "uptd-pemakaman", "uptd-rusunawa" };

	public static void main(String[] args) throws Exception {
		int stories = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		System.out.printf("%d stories, %d cores, %s, max heap %d MiB%n", stories,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20);
		List<SearchDocument> documents = generate(stories, new Random(20261128));
		System.out.printf("text: %d MiB in all%n", documents.stream().mapToLong(SearchBench::length).sum() >> 20);

		long started = System.nanoTime();
		StoryIndex warta = StoryIndex.inMemory(100_000);
		for (SearchDocument document : documents) {
			warta.put(document);
		}
		warta.publish();
		double wartaBuild = (System.nanoTime() - started) / 1e9;

		started = System.nanoTime();
		Baseline baseline = new Baseline(documents);
		double baselineBuild = (System.nanoTime() - started) / 1e9;
		documents = null;
		System.out.printf("index build: Warta %.1f s, baseline %.1f s, ratio %.2f%n", wartaBuild, baselineBuild,
				wartaBuild / baselineBuild);

		List<SearchQuery> queries = queries(new Random(7));
		long hits = 0;
		// Warm-up: one round each, not counted.
		for (SearchQuery query : queries) {
			hits += warta.search(query, 0, 10).total() + baseline.search(query);
		}
		int samples = queries.size() * rounds;
		double[] wartaTimes = new double[samples];
		double[] baselineTimes = new double[samples];
		double[] wartaCpu = new double[samples];
		double[] baselineCpu = new double[samples];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int at = 0;
		for (int round = 0; round < rounds; round++) {
			for (SearchQuery query : queries) {
				long cpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				hits += warta.search(query, 0, 10).hits().size();
				wartaTimes[at] = (System.nanoTime() - start) / 1e6;
				wartaCpu[at] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				cpu = threads.getCurrentThreadCpuTime();
				start = System.nanoTime();
				hits += baseline.search(query);
				baselineTimes[at] = (System.nanoTime() - start) / 1e6;
				baselineCpu[at++] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
			}
		}
		System.out.printf("queries: %d distinct, %d rounds after a warm-up round (%d hits seen); load average %.1f%n",
				queries.size(), rounds, hits, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		report("Warta, wall clock", wartaTimes);
		report("baseline, wall clock", baselineTimes);
		report("Warta, CPU time of the query", wartaCpu);
		report("baseline, CPU time of the query", baselineCpu);
		System.out.printf("ratio p95 Warta/baseline: wall clock %.2f, CPU time %.2f   (aim: Warta p95 <= 50 ms)%n",
				percentile(wartaTimes, 95) / percentile(baselineTimes, 95),
				percentile(wartaCpu, 95) / percentile(baselineCpu, 95));
		warta.close();
	}

	static void report(String name, double[] millis) {
		System.out.printf("%-34s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", name,
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), percentile(millis, 100));
	}

	static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** Derived forms as news writing uses them: pem-/pe-/per-/me-/di-/ber- prefixes and -an/-kan/-nya suffixes. */
	static String derived(String root, Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "pe" + (root.startsWith("r") ? "" : "n") + root + "an";
			case 1 -> "pem" + root + "an";
			case 2 -> "di" + root;
			case 3 -> "me" + root + "kan";
			case 4 -> "ber" + root;
			case 5 -> root + "nya";
			default -> root;
		};
	}

	static String root(Random random) {
		int at = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
		return VOCABULARY[Math.min(VOCABULARY.length - 1, at >= 0 ? at : -at - 1)];
	}

	/** Made-up roots of two or three Indonesian-looking syllables, after the real ones. */
	static String[] vocabulary(int size, Random random) {
		String[] onsets = { "b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny" };
		String[] vowels = { "a", "a", "i", "u", "e", "o" };
		String[] codas = { "", "", "", "n", "ng", "k", "t", "r", "s", "h", "l" };
		java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(ROOTS));
		while (words.size() < size) {
			StringBuilder word = new StringBuilder();
			int syllables = 2 + random.nextInt(2);
			for (int i = 0; i < syllables; i++) {
				word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
			}
			words.add(word.append(codas[random.nextInt(codas.length)]).toString());
		}
		return words.toArray(String[]::new);
	}

	static double[] zipf(int size) {
		double[] cumulative = new double[size];
		double sum = 0;
		for (int rank = 1; rank <= size; rank++) {
			sum += 1.0 / rank;
			cumulative[rank - 1] = sum;
		}
		for (int i = 0; i < size; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				text.append(' ');
			}
			int pick = random.nextInt(10);
			if (pick < 4) {
				text.append(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]);
			}
			else if (pick < 9) {
				text.append(derived(root(random), random));
			}
			else {
				text.append(PLACES[random.nextInt(PLACES.length)]);
			}
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	static String paragraph(Random random, int sentences) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < sentences; i++) {
			text.append(i > 0 ? " " : "").append(sentence(random, 8 + random.nextInt(12)));
		}
		return text.toString();
	}

	static List<SearchDocument> generate(int count, Random random) {
		List<SearchDocument> documents = new ArrayList<>(count);
		Instant start = Instant.parse("2019-01-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			StoryType type = i % 10 == 0 ? StoryType.ANNOUNCEMENT : i % 25 == 0 ? StoryType.DOCUMENT : StoryType.NEWS;
			String title = sentence(random, 5 + random.nextInt(6));
			String document = i % 10 == 3 ? paragraph(random, 80 + random.nextInt(120)) : "";
			documents.add(new SearchDocument(i + 1, "v1", type, "cerita-" + i, DIVISIONS[i % DIVISIONS.length],
					start.plusSeconds(i * 3600L * 2), "hash" + i, title.substring(0, title.length() - 1),
					sentence(random, 20 + random.nextInt(10)), paragraph(random, 15 + random.nextInt(20)),
					ROOTS[random.nextInt(ROOTS.length)] + " " + ROOTS[random.nextInt(ROOTS.length)],
					random.nextInt(3) == 0 ? sentence(random, 10) : "", document));
		}
		return documents;
	}

	/** 200 queries: common and rare roots, derived forms, typos, two and three words, some with filters. */
	static List<SearchQuery> queries(Random random) {
		List<SearchQuery> queries = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String root = i % 2 == 0 ? ROOTS[random.nextInt(ROOTS.length)] : root(random);
			String text = switch (i % 5) {
				case 0 -> root;
				case 1 -> derived(root, random);
				case 2 -> typo(derived(root, random), random);
				case 3 -> derived(root, random) + " " + PLACES[random.nextInt(PLACES.length)];
				default -> root + " " + derived(ROOTS[random.nextInt(ROOTS.length)], random) + " "
						+ FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
			};
			queries.add(i % 7 == 0 ? new SearchQuery(text, StoryType.NEWS, null, 2022)
					: i % 11 == 0 ? new SearchQuery(text, null, "sekretariat", null) : SearchQuery.of(text));
		}
		return queries;
	}

	/** One letter changed, dropped or doubled, somewhere after the first. */
	static String typo(String word, Random random) {
		if (word.length() < 5) {
			return word;
		}
		int at = 1 + random.nextInt(word.length() - 2);
		return switch (random.nextInt(3)) {
			case 0 -> word.substring(0, at) + "x" + word.substring(at + 1);
			case 1 -> word.substring(0, at) + word.substring(at + 1);
			default -> word.substring(0, at) + word.charAt(at) + word.substring(at);
		};
	}

	static long length(SearchDocument document) {
		return document.title().length() + document.lead().length() + document.body().length()
				+ document.captions().length() + document.documents().length();
	}

	/** The same stories in a plain index: StandardAnalyzer, term queries, default snippets. */
	static final class Baseline {

		static final String[] FIELDS = { "title", "lead", "body", "captions", "document" };

		final StandardAnalyzer analyzer = new StandardAnalyzer();
		final IndexSearcher searcher;

		Baseline(List<SearchDocument> documents) throws IOException {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			FieldType stored = new FieldType(TextField.TYPE_STORED);
			stored.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
			stored.freeze();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (SearchDocument story : documents) {
					Document document = new Document();
					document.add(new StringField("type", story.type().pathSegment(), Field.Store.YES));
					document.add(new StringField("division", story.divisionSlug(), Field.Store.YES));
					document.add(new StringField("year", String.valueOf(StoryFields.year(story.publishedAt())),
							Field.Store.NO));
					List<Function<SearchDocument, String>> texts = List.of(SearchDocument::title, SearchDocument::lead,
							SearchDocument::body, SearchDocument::captions, SearchDocument::documents);
					for (int i = 0; i < FIELDS.length; i++) {
						document.add(new Field(FIELDS[i], texts.get(i).apply(story), stored));
					}
					writer.addDocument(document);
				}
			}
			searcher = new IndexSearcher(DirectoryReader.open(directory));
		}

		int search(SearchQuery query) throws IOException {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			for (String word : StoryQueries.words(query.text())) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				for (String field : FIELDS) {
					any.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
				}
				all.add(any.build(), Occur.MUST);
			}
			if (query.type() != null) {
				all.add(new TermQuery(new Term("type", query.type().pathSegment())), Occur.FILTER);
			}
			if (query.division() != null) {
				all.add(new TermQuery(new Term("division", query.division())), Occur.FILTER);
			}
			if (query.year() != null) {
				all.add(new TermQuery(new Term("year", String.valueOf(query.year()))), Occur.FILTER);
			}
			Query lucene = all.build();
			TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(10, null, StoryIndex.COUNTED));
			if (top.scoreDocs.length == 0) {
				return 0;
			}
			UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(100_000)
				.build();
			return highlighter.highlightFields(FIELDS, lucene, top, new int[] { 1, 1, 1, 1, 1 }).size();
		}
	}
}
