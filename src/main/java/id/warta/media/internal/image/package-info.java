/**
 * Pictures: reads the original's header, applies its orientation and writes responsive widths and focal crops
 * without any of its metadata, through libvips when the machine has it and through ImageIO otherwise.
 */
package id.warta.media.internal.image;
