package id.warta.site.cache;

import java.util.List;

/**
 * The addresses of the public website that may be cached by anyone: the same for every anonymous reader. Search
 * ({@code /cari}) is left out on purpose: every query is its own page and would only push others out.
 */
final class PublicSitePaths {

	/** A section and everything under it, such as {@code /berita}, {@code /berita/2} or {@code /berita/slug}. */
	static final List<String> SECTIONS = List.of("/berita", "/pengumuman", "/galeri", "/dokumen", "/ppid");

	/** Only what is under these, never the bare path. */
	static final List<String> TREES = List.of("/profil/", "/bidang/", "/feed/");

	static final List<String> EXACT = List.of("/", "/kontak", "/sitemap.xml", "/robots.txt");

	private PublicSitePaths() {
	}

	static boolean matches(String path) {
		return EXACT.contains(path) || TREES.stream().anyMatch(path::startsWith)
				|| SECTIONS.stream().anyMatch(section -> path.equals(section) || path.startsWith(section + "/"));
	}
}
