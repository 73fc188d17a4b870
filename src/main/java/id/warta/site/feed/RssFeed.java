package id.warta.site.feed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** RSS 2.0, with an enclosure and a Media RSS thumbnail for the featured picture. */
final class RssFeed {

	static final String CONTENT_TYPE = "application/rss+xml; charset=UTF-8";
	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String MEDIA = "http://search.yahoo.com/mrss/";
	/** RFC 822 dates, as RSS requires, in GMT so that no reader has to guess a zone name. */
	static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private RssFeed() {
	}

	static byte[] write(FeedChannel channel) {
		return XmlDocument.write(xml -> {
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("atom", ATOM);
			xml.writeNamespace("media", MEDIA);
			xml.writeStartElement("channel");
			XmlDocument.element(xml, "title", channel.title());
			XmlDocument.element(xml, "link", channel.siteUrl());
			XmlDocument.element(xml, "description", channel.description());
			XmlDocument.element(xml, "language", channel.language());
			XmlDocument.element(xml, "lastBuildDate", date(channel.updated()));
			xml.writeEmptyElement("atom", "link", ATOM);
			xml.writeAttribute("href", channel.selfUrl());
			xml.writeAttribute("rel", "self");
			xml.writeAttribute("type", "application/rss+xml");
			for (FeedEntry entry : channel.entries()) {
				item(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static void item(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
		xml.writeStartElement("item");
		XmlDocument.element(xml, "title", entry.story().title());
		XmlDocument.element(xml, "link", entry.url());
		xml.writeStartElement("guid");
		xml.writeAttribute("isPermaLink", "true");
		xml.writeCharacters(entry.url());
		xml.writeEndElement();
		XmlDocument.element(xml, "pubDate", date(entry.story().publishedAt()));
		XmlDocument.element(xml, "description", entry.story().lead());
		for (String tag : FeedEntry.tags(entry.story())) {
			XmlDocument.element(xml, "category", tag);
		}
		if (entry.hasPicture()) {
			xml.writeEmptyElement("enclosure");
			xml.writeAttribute("url", entry.pictureUrl());
			xml.writeAttribute("length", Long.toString(entry.picture().size()));
			xml.writeAttribute("type", entry.picture().contentType());
			xml.writeEmptyElement("media", "content", MEDIA);
			xml.writeAttribute("url", entry.pictureUrl());
			xml.writeAttribute("medium", "image");
			xml.writeAttribute("type", entry.picture().contentType());
			xml.writeAttribute("width", Integer.toString(entry.picture().width()));
			xml.writeAttribute("height", Integer.toString(entry.picture().height()));
		}
		xml.writeEndElement();
	}

	private static String date(TemporalAccessor instant) {
		return RFC_822.format(instant);
	}
}
