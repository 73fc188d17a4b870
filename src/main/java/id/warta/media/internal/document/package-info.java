/**
 * Documents: the page count and a thumbnail of the first page of PDFs, and their text for search.
 */
package id.warta.media.internal.document;
