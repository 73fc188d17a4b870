package id.warta.media.internal.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Pictures made on the spot, so the tests carry no binary fixtures. */
public final class TestPictures {

	private TestPictures() {
	}

	/** A gradient, so that scaling and cropping have something to work on; red left half, blue right half. */
	public static BufferedImage picture(int width, int height, boolean alpha) {
		BufferedImage image = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(255, 0, 0), 0, height, new Color(200, 40, 40)));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setPaint(new GradientPaint(0, 0, new Color(0, 0, 255), 0, height, new Color(40, 40, 200)));
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	public static Path jpeg(Path directory, String name, int width, int height) throws IOException {
		Path file = directory.resolve(name);
		ImageIO.write(picture(width, height, false), "jpeg", file.toFile());
		return file;
	}

	public static Path png(Path directory, String name, int width, int height) throws IOException {
		Path file = directory.resolve(name);
		ImageIO.write(picture(width, height, true), "png", file.toFile());
		return file;
	}

	/** A JPEG as a phone writes it: EXIF with an orientation and where it was taken, and an XMP packet. */
	public static Path phoneJpeg(Path directory, String name, int width, int height, int orientation)
			throws IOException {
		Path plain = jpeg(directory, "plain-" + name, width, height);
		TiffOutputSet exif = new TiffOutputSet();
		try {
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, "Juru Foto");
			exif.setGpsInDegrees(106.8272, -6.1754);
			ByteArrayOutputStream withExif = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(Files.readAllBytes(plain), withExif, exif);
			ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
			new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
					"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
							+ "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='Juru Foto'/>"
							+ "</rdf:RDF></x:xmpmeta>");
			Path file = directory.resolve(name);
			Files.write(file, withXmp.toByteArray());
			return file;
		}
		catch (ImagingException e) {
			throw new IOException(e);
		}
	}

	/** A PNG whose header declares a huge picture, with hardly any data behind it: a decompression bomb. */
	public static Path floodPng(Path directory, int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
		DataOutputStream header = new DataOutputStream(ihdr);
		header.writeInt(width);
		header.writeInt(height);
		header.write(new byte[] { 8, 2, 0, 0, 0 });
		chunk(out, "IHDR", ihdr.toByteArray());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		Path file = directory.resolve("flood.png");
		Files.write(file, bytes.toByteArray());
		return file;
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}

	/** The first part of a JPEG, as an interrupted upload leaves it. */
	public static Path truncatedJpeg(Path directory, int width, int height) throws IOException {
		byte[] whole = Files.readAllBytes(jpeg(directory, "whole.jpg", width, height));
		Path file = directory.resolve("truncated.jpg");
		Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
		return file;
	}
}
