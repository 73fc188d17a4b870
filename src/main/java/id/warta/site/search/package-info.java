/**
 * Public full-text search of published stories at {@code /cari}: a Lucene index built only from what the website
 * may show, kept up to date by the newsroom's events, and checked again at every query.
 */
package id.warta.site.search;
