/**
 * Feeds and discovery: RSS, Atom, the sitemap and robots.txt, built from published stories whose seal holds.
 */
package id.warta.site.feed;
