/**
 * Document processing: the page count and a thumbnail of the first page of PDFs.
 */
package id.warta.media.internal.document;
