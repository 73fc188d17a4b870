package id.warta.site.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one XML document with a real XML writer, which escapes every title and lead: a story's text can never
 * break the feed's markup or inject elements into it.
 */
final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	@FunctionalInterface
	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private XmlDocument() {
	}

	static byte[] write(Body body) {
		var out = new ByteArrayOutputStream(16 * 1024);
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Cannot write an XML document to memory", e);
		}
		return out.toByteArray();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
