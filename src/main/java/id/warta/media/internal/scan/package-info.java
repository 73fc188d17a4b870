/**
 * Malware scanning of uploads before they are stored: ClamAV's clamd when configured, otherwise nothing.
 */
package id.warta.media.internal.scan;
