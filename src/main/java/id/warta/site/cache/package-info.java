/**
 * HTTP caching and an in-memory page cache for anonymous readers of the public website, so that a CDN and this
 * node carry readers while staff always see fresh, private pages.
 */
package id.warta.site.cache;
