package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTests {

	@Test
	void onXEveryLinkCountsAsTwentyThreeCharacters() {
		String text = "Baca: https://dpkpp.bekasikota.go.id/berita/peresmian-rusunawa-bekasi-timur-2026";
		assertThat(Channel.X.lengthOf(text)).isEqualTo("Baca: ".length() + 23);
		assertThat(Channel.THREADS.lengthOf(text)).isEqualTo(text.length());
	}

	@Test
	void limitsFollowThePlatforms() {
		assertThat(Channel.X.fits("a".repeat(280))).isTrue();
		assertThat(Channel.X.fits("a".repeat(281))).isFalse();
		assertThat(Channel.THREADS.fits("a".repeat(501))).isFalse();
		assertThat(Channel.INSTAGRAM.fits("a".repeat(2_200))).isTrue();
		assertThat(Channel.WEBSITE.fits("a".repeat(100_000))).isTrue();
	}

	@Test
	void emojiCountAsOneCharacter() {
		assertThat(Channel.THREADS.lengthOf("🏠🏠")).isEqualTo(2);
	}
}
