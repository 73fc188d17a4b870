package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import id.warta.newsroom.internal.Editor;
import id.warta.newsroom.internal.Story;
import id.warta.newsroom.internal.StoryContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transition from every state: the legal ones move the story, the illegal ones change nothing. */
class StoryStateMachineTests {

	static final Editor ADMIN = new Editor(1, "admin.konten");
	static final Editor SCREENER = new Editor(2, "penyaring");
	static final Editor OTHER_SCREENER = new Editor(3, "kepala.dinas");
	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	enum Action {
		EDIT(story -> story.edit(content("Judul yang diubah"), ADMIN, NOW)),
		SUBMIT(story -> story.submitForReview(ADMIN, "Sudah sesuai aslinya", NOW)),
		APPROVE(story -> story.approve(OTHER_SCREENER, story.current().getNumber(), null, NOW)),
		RETURN(story -> story.returnForRework(OTHER_SCREENER, story.current().getNumber(), "Foto kurang jelas", NOW)),
		REJECT(story -> story.reject(OTHER_SCREENER, story.current().getNumber(), "Bukan untuk publik", NOW)),
		PUBLISH(story -> story.publish(ADMIN, NOW, hash -> "seal-" + hash)),
		WITHDRAW(story -> story.withdraw(ADMIN, "Data keliru", NOW));

		final Consumer<Story> apply;

		Action(Consumer<Story> apply) {
			this.apply = apply;
		}
	}

	/** The state each action leads to from each state; absent means the action is refused. */
	static final Map<StoryState, Map<Action, StoryState>> LEGAL = new EnumMap<>(StoryState.class);

	static {
		legal(StoryState.DRAFT, Action.EDIT, StoryState.DRAFT, Action.SUBMIT, StoryState.IN_REVIEW);
		legal(StoryState.IN_REVIEW, Action.SUBMIT, StoryState.IN_REVIEW, Action.APPROVE, StoryState.APPROVED,
				Action.RETURN, StoryState.RETURNED, Action.REJECT, StoryState.REJECTED);
		legal(StoryState.RETURNED, Action.EDIT, StoryState.RETURNED, Action.SUBMIT, StoryState.IN_REVIEW);
		legal(StoryState.APPROVED, Action.EDIT, StoryState.DRAFT, Action.PUBLISH, StoryState.PUBLISHED);
		legal(StoryState.PUBLISHED, Action.EDIT, StoryState.DRAFT, Action.PUBLISH, StoryState.PUBLISHED,
				Action.WITHDRAW, StoryState.WITHDRAWN);
		legal(StoryState.REJECTED);
		legal(StoryState.WITHDRAWN, Action.WITHDRAW, StoryState.WITHDRAWN);
	}

	static Stream<Arguments> everyStateAndAction() {
		return Stream.of(StoryState.values())
			.flatMap(state -> Stream.of(Action.values()).map(action -> Arguments.of(state, action)));
	}

	@ParameterizedTest(name = "{0} + {1}")
	@MethodSource("everyStateAndAction")
	void eachActionFromEachStateIsLegalOrRefused(StoryState from, Action action) {
		Story story = storyIn(from);
		StoryState expected = LEGAL.get(from).get(action);
		if (expected != null) {
			action.apply.accept(story);
			assertThat(story.getState()).isEqualTo(expected);
		}
		else {
			int revisions = story.getRevisions().size();
			int reviews = story.getReviews().size();
			assertThatThrownBy(() -> action.apply.accept(story)).isInstanceOf(StoryRuleViolation.class);
			assertThat(story.getState()).isEqualTo(from);
			assertThat(story.getRevisions()).hasSize(revisions);
			assertThat(story.getReviews()).hasSize(reviews);
		}
	}

	@Test
	void nobodyApprovesARevisionTheyEdited() {
		Story story = storyIn(StoryState.RETURNED);
		story.edit(content("Perbaikan oleh penyaring"), SCREENER, NOW);
		story.submitForReview(ADMIN, null, NOW);
		assertThatThrownBy(() -> story.approve(SCREENER, 2, null, NOW)).isInstanceOf(StoryRuleViolation.class)
			.hasMessage("story.review.fourEyes");
		story.approve(OTHER_SCREENER, 2, null, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
	}

	@Test
	void approvalRecordsTheHashOfTheExactRevisionAndAnEditVoidsIt() {
		Story story = storyIn(StoryState.APPROVED);
		assertThat(story.getReviews().get(0).getContentHash()).isEqualTo(story.current().getContentHash());
		story.edit(content("Tambahan setelah disetujui"), ADMIN, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.DRAFT);
		assertThat(story.getRevisions()).hasSize(2);
		assertThatThrownBy(() -> story.publish(ADMIN, NOW, hash -> "seal-" + hash)).isInstanceOf(StoryRuleViolation.class);
	}

	@Test
	void aDecisionOnARevisionThatIsNoLongerCurrentIsRefused() {
		Story story = storyIn(StoryState.IN_REVIEW);
		assertThatThrownBy(() -> story.approve(OTHER_SCREENER, 7, null, NOW)).hasMessage("story.review.revisionChanged");
	}

	@Test
	void aDoubleClickMakesOneDecisionAndOneSubmission() {
		Story story = storyIn(StoryState.DRAFT);
		story.submitForReview(ADMIN, null, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(OTHER_SCREENER, 1, "Bagus", NOW);
		story.approve(OTHER_SCREENER, 1, "Bagus", NOW);
		assertThat(story.getReviews()).hasSize(1);
		assertThat(story.getRevisions()).hasSize(1);
	}

	@Test
	void returningAndRejectingNeedAWrittenReason() {
		Story story = storyIn(StoryState.IN_REVIEW);
		assertThatThrownBy(() -> story.returnForRework(OTHER_SCREENER, 1, " ", NOW))
			.hasMessage("story.review.noteRequired");
		assertThatThrownBy(() -> story.reject(OTHER_SCREENER, 1, null, NOW)).hasMessage("story.review.reasonRequired");
		assertThat(story.getState()).isEqualTo(StoryState.IN_REVIEW);
	}

	@Test
	void incompleteContentCannotGoToTheScreeners() {
		Story noTitle = Story.draft(1, StoryType.NEWS, null, content(""), ADMIN, NOW);
		assertThatThrownBy(() -> noTitle.submitForReview(ADMIN, null, NOW)).hasMessage("story.title.required");
		var noAlt = new StoryContent("Judul", "judul", "", "<p>Isi</p>", List.of(), 42L, " ", List.of(), List.of(),
				Map.of(), Set.of());
		Story withoutAlt = Story.draft(1, StoryType.NEWS, null, noAlt, ADMIN, NOW);
		assertThatThrownBy(() -> withoutAlt.submitForReview(ADMIN, null, NOW)).hasMessage("story.featuredAlt.required");
		var longTweet = new StoryContent("Judul", "judul", "", "<p>Isi</p>", List.of(), null, null, List.of(),
				List.of(), Map.of(Channel.X, "a".repeat(281)), Set.of(Channel.X));
		Story tooLong = Story.draft(1, StoryType.NEWS, null, longTweet, ADMIN, NOW);
		assertThatThrownBy(() -> tooLong.submitForReview(ADMIN, null, NOW)).hasMessage("story.channelText.tooLong.X");
	}

	@Test
	void anUnchangedSaveMakesNoRevision() {
		Story story = storyIn(StoryState.DRAFT);
		story.edit(content("Peresmian rusunawa"), ADMIN, NOW);
		assertThat(story.getRevisions()).hasSize(1);
	}

	static Story storyIn(StoryState state) {
		Story story = Story.draft(1, StoryType.NEWS, 5L, content("Peresmian rusunawa"), ADMIN, NOW);
		switch (state) {
			case DRAFT -> {
			}
			case IN_REVIEW -> story.submitForReview(ADMIN, null, NOW);
			case RETURNED -> {
				story.submitForReview(ADMIN, null, NOW);
				story.returnForRework(SCREENER, 1, "Lengkapi keterangan foto", NOW);
			}
			case APPROVED -> {
				story.submitForReview(ADMIN, null, NOW);
				story.approve(SCREENER, 1, null, NOW);
			}
			case PUBLISHED -> {
				story.submitForReview(ADMIN, null, NOW);
				story.approve(SCREENER, 1, null, NOW);
				story.publish(ADMIN, NOW, hash -> "seal-" + hash);
			}
			case REJECTED -> {
				story.submitForReview(ADMIN, null, NOW);
				story.reject(SCREENER, 1, "Tidak relevan", NOW);
			}
			case WITHDRAWN -> {
				story.submitForReview(ADMIN, null, NOW);
				story.approve(SCREENER, 1, null, NOW);
				story.publish(ADMIN, NOW, hash -> "seal-" + hash);
				story.withdraw(ADMIN, "Salah tanggal", NOW);
			}
		}
		assertThat(story.getState()).isEqualTo(state);
		return story;
	}

	static StoryContent content(String title) {
		return new StoryContent(title, "peresmian-rusunawa", "Ringkasan", "<p>Isi berita</p>", List.of("rusunawa"),
				null, null, List.of(), List.of(), Map.of(Channel.X, "Rusunawa diresmikan https://dpkpp.example/berita/x"),
				Set.of(Channel.X));
	}

	private static void legal(StoryState from, Object... pairs) {
		Map<Action, StoryState> moves = new EnumMap<>(Action.class);
		for (int i = 0; i < pairs.length; i += 2) {
			moves.put((Action) pairs[i], (StoryState) pairs[i + 1]);
		}
		LEGAL.put(from, moves);
	}
}
