package id.warta.site.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287), with the featured picture as an enclosure link. */
final class AtomFeed {

	static final String CONTENT_TYPE = "application/atom+xml; charset=UTF-8";
	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	static byte[] write(FeedChannel channel, String host) {
		return XmlDocument.write(xml -> {
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml:lang", channel.language());
			XmlDocument.element(xml, "id", channel.selfUrl());
			XmlDocument.element(xml, "title", channel.title());
			XmlDocument.element(xml, "subtitle", channel.description());
			XmlDocument.element(xml, "updated", date(channel.updated()));
			link(xml, "self", channel.selfUrl(), "application/atom+xml");
			link(xml, "alternate", channel.siteUrl(), "text/html");
			xml.writeStartElement("author");
			XmlDocument.element(xml, "name", channel.author());
			xml.writeEndElement();
			for (FeedEntry entry : channel.entries()) {
				entry(xml, entry, host);
			}
			xml.writeEndElement();
		});
	}

	private static void entry(XMLStreamWriter xml, FeedEntry entry, String host) throws XMLStreamException {
		xml.writeStartElement("entry");
		// A tag URI from the story id stays the same when the slug changes, so readers do not show it twice.
		XmlDocument.element(xml, "id", "tag:" + host + ",2026:story-" + entry.story().id());
		XmlDocument.element(xml, "title", entry.story().title());
		XmlDocument.element(xml, "updated", date(entry.story().publishedAt()));
		XmlDocument.element(xml, "published", date(entry.story().publishedAt()));
		link(xml, "alternate", entry.url(), "text/html");
		XmlDocument.element(xml, "summary", entry.story().lead());
		for (String tag : FeedEntry.tags(entry.story())) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", tag);
		}
		if (entry.hasPicture()) {
			link(xml, "enclosure", entry.pictureUrl(), entry.picture().contentType());
			xml.writeAttribute("length", Long.toString(entry.picture().size()));
		}
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String date(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
