package id.warta.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker the page tests rely on finds real errors, where they are, and accepts Open Graph tags. */
class HtmlCheckerTests {

	private static final String HEAD = """
			<!DOCTYPE html>
			<html lang="id">
			<head>
			<meta charset="utf-8">
			<title>Berita</title>
			<meta property="og:title" content="Berita">
			</head>
			<body>
			""";

	@Test
	void aValidPageWithOpenGraphTagsHasNoErrors() throws Exception {
		assertThat(new HtmlChecker().errors(HEAD + "<p><time datetime=\"2026-12-02T08:19:14+07:00\">2 Desember</time>"))
			.isEmpty();
	}

	@Test
	void errorsComeWithTheirLineAndColumn() throws Exception {
		var checker = new HtmlChecker();
		var errors = checker.errors(HEAD + "<img src=\"a.jpg\">\n<time datetime=\"2026-12-02T01:19:14.235966Z\">x</time>");

		assertThat(errors).hasSize(2);
		assertThat(errors.get(0)).startsWith("9:").contains("alt");
		assertThat(errors.get(1)).startsWith("10:").contains("fraction of a second");
		assertThat(checker.errors(HEAD)).as("nothing is carried over to the next page").isEmpty();
	}
}
