package id.warta.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.warta.channels.Post;
import id.warta.newsroom.Channel;
import org.junit.jupiter.api.Test;

/** The story's address goes with the approved text on X only when X's count (links as 23) still allows it. */
class XPostTextTests {

	static final String LINK = "https://dpkpp.example.go.id/berita/banjir-surut-warga-kembali-ke-rumah-masing-masing";

	@Test
	void theLinkIsAddedWhenItFits() {
		assertThat(XConnector.text(post("Banjir surut."))).isEqualTo("Banjir surut.\n\n" + LINK);
	}

	@Test
	void aTextThatCarriesTheLinkIsLeftAlone() {
		assertThat(XConnector.text(post("Baca: " + LINK))).isEqualTo("Baca: " + LINK);
	}

	@Test
	void aTextThatWouldNoLongerFitGoesAsApproved() {
		String full = "a".repeat(260);
		assertThat(Channel.X.fits(full + "\n\n" + LINK)).isFalse();
		assertThat(XConnector.text(post(full))).isEqualTo(full);
		String room = "a".repeat(280 - 25);
		assertThat(XConnector.text(post(room))).as("the link counts as 23, whatever its length")
			.isEqualTo(room + "\n\n" + LINK);
	}

	private static Post post(String text) {
		return new Post(1, 1, "Banjir", text, LINK, List.of(), null);
	}
}
