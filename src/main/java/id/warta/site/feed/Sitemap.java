package id.warta.site.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemap protocol 0.9 with the image extension, one {@code url} per public address. */
final class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
	static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";

	/** One public address; {@code lastModified} and {@code image} may be null. */
	record Address(String location, Instant lastModified, String image) {
	}

	private Sitemap() {
	}

	static byte[] write(List<Address> addresses) {
		return XmlDocument.write(xml -> {
			xml.setDefaultNamespace(NAMESPACE);
			xml.setPrefix("image", IMAGE);
			xml.writeStartElement(NAMESPACE, "urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("image", IMAGE);
			for (Address address : addresses) {
				url(xml, address);
			}
			xml.writeEndElement();
		});
	}

	private static void url(XMLStreamWriter xml, Address address) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "url");
		XmlDocument.element(xml, "loc", address.location());
		if (address.lastModified() != null) {
			XmlDocument.element(xml, "lastmod",
					DateTimeFormatter.ISO_INSTANT.format(address.lastModified().truncatedTo(ChronoUnit.SECONDS)));
		}
		if (address.image() != null) {
			xml.writeStartElement(IMAGE, "image");
			xml.writeStartElement(IMAGE, "loc");
			xml.writeCharacters(address.image());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}
}
