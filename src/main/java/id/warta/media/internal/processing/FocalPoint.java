package id.warta.media.internal.processing;

/**
 * The point of a picture that every crop keeps, as fractions of width and height from the top left corner.
 */
public record FocalPoint(double x, double y) {

	public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

	public FocalPoint {
		if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
			throw new IllegalArgumentException("focal point outside the picture: " + x + ", " + y);
		}
	}
}
