package id.warta.newsroom;

import static id.warta.newsroom.StoryStateMachineTests.NOW;
import static id.warta.newsroom.StoryStateMachineTests.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.newsroom.internal.Editor;
import id.warta.newsroom.internal.Review;
import id.warta.newsroom.internal.Story;
import org.junit.jupiter.api.Test;

/**
 * Four eyes by rule: whoever wrote any revision since the story was last approved may not approve it, whatever
 * returns and resubmissions came in between; and a repeat is only the same decision in the same review round.
 */
class FourEyesTests {

	static final Editor AUTHOR = new Editor(11, "penulis.dan.penyaring");
	static final Editor ADMIN = new Editor(12, "admin.konten");
	static final Editor SCREENER = new Editor(13, "penyaring");
	static final Editor OTHER_SCREENER = new Editor(14, "kepala.dinas");

	@Test
	void anAuthorWhoseReturnedStoryComesBackUnchangedMayNotApproveIt() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Kerja bakti"), AUTHOR, NOW);
		story.submitForReview(AUTHOR, null, NOW);
		story.returnForRework(SCREENER, 1, "Lengkapi foto", NOW);
		story.submitForReview(AUTHOR, "Foto memang hanya satu", NOW);

		assertThat(story.mayBeApprovedBy(AUTHOR)).isFalse();
		assertThatThrownBy(() -> story.approve(AUTHOR, 1, null, NOW)).hasMessage("story.review.fourEyes");
		assertThat(story.getState()).isEqualTo(StoryState.IN_REVIEW);
		story.approve(SCREENER, 1, null, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
	}

	@Test
	void aScreenerWhoEditedMayNotApproveAfterAReturnAndSomeoneElsesEdit() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Rapat warga"), ADMIN, NOW);
		story.edit(content("Rapat warga, diperbaiki penyaring"), SCREENER, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.returnForRework(OTHER_SCREENER, 2, "Tambah tanggal", NOW);
		story.edit(content("Rapat warga 20 November"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);

		assertThatThrownBy(() -> story.approve(SCREENER, 3, null, NOW)).hasMessage("story.review.fourEyes");
		story.approve(OTHER_SCREENER, 3, null, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
	}

	@Test
	void anApproverWhoEditsAfterApprovingMayNotApproveTheNewRevisionButAnotherMay() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Pembangunan jalan"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(SCREENER, 1, null, NOW);
		// The edit withdraws the approval: the story is a draft again.
		story.edit(content("Pembangunan jalan, disunting penyetuju"), SCREENER, NOW);
		story.edit(content("Pembangunan jalan lingkungan"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);

		assertThatThrownBy(() -> story.approve(SCREENER, 3, null, NOW)).hasMessage("story.review.fourEyes");
		story.approve(OTHER_SCREENER, 3, null, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
	}

	@Test
	void aScreenerWhoDidNotWriteTheNewRevisionsMayApproveAgain() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Pameran"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(SCREENER, 1, null, NOW);
		story.edit(content("Pameran perumahan"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(SCREENER, 2, null, NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
	}

	@Test
	void returnResubmitUnchangedWithANoteReturnAgainThenApprove() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Sosialisasi"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.returnForRework(SCREENER, 1, "Judul kurang jelas", NOW);

		assertThatThrownBy(() -> story.submitForReview(ADMIN, " ", NOW))
			.hasMessage("story.submit.unchangedNeedsNote");
		assertThat(story.getState()).isEqualTo(StoryState.RETURNED);

		story.submitForReview(ADMIN, "Judul sesuai surat undangan", NOW);
		assertThat(story.getState()).isEqualTo(StoryState.IN_REVIEW);
		assertThat(story.getSubmissionNote()).isEqualTo("Judul sesuai surat undangan");

		// The same screener returns the same revision again: a new round, so a new decision, not a repeat.
		story.returnForRework(SCREENER, 1, "Tetap perlu judul yang jelas", NOW);
		assertThat(story.getState()).isEqualTo(StoryState.RETURNED);
		assertThat(story.getReviews()).extracting(Review::getReviewRound).containsExactly(1, 2);

		story.edit(content("Sosialisasi sertifikat tanah"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(SCREENER, 2, "Sudah jelas", NOW);
		assertThat(story.getState()).isEqualTo(StoryState.APPROVED);
		assertThat(story.getReviews()).extracting(Review::getDecision)
			.containsExactly(Review.Decision.RETURNED, Review.Decision.RETURNED, Review.Decision.APPROVED);
	}

	@Test
	void aSecondClickInTheSameRoundIsOneDecision() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Lomba"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.returnForRework(SCREENER, 1, "Foto buram", NOW);
		story.returnForRework(SCREENER, 1, "Foto buram", NOW);
		assertThat(story.getReviews()).hasSize(1);
		assertThat(story.getState()).isEqualTo(StoryState.RETURNED);
	}

	@Test
	void aDecisionAfterAnotherScreenersDecisionInTheSameRoundIsToldSo() {
		Story story = Story.draft(1, StoryType.NEWS, null, content("Rapat"), ADMIN, NOW);
		story.submitForReview(ADMIN, null, NOW);
		story.approve(SCREENER, 1, null, NOW);
		assertThatThrownBy(() -> story.approve(OTHER_SCREENER, 1, null, NOW))
			.hasMessage(StoryRuleViolation.DECIDED_ELSEWHERE);
		assertThatThrownBy(() -> story.returnForRework(OTHER_SCREENER, 1, "Tunggu", NOW))
			.hasMessage(StoryRuleViolation.DECIDED_ELSEWHERE);
		assertThat(story.getReviews()).hasSize(1);
	}
}
