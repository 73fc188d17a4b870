package id.warta.site.web;

import java.util.List;

/** What the public header and footer link to besides the fixed sections. */
public record SiteLayout(List<Link> profilePages, List<Link> divisions) {

	public record Link(String title, String path) {
	}
}
