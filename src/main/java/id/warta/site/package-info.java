/**
 * The public website: pages, search, feeds and sitemap, rendered from published revisions only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situs Publik")
package id.warta.site;
