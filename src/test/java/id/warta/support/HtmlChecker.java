package id.warta.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker in this process, with the schema its web service and command line use for HTML (which
 * includes RDFa, so Open Graph's {@code <meta property>} is checked rather than refused). Errors only: warnings
 * are advice.
 */
public final class HtmlChecker {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final List<String> errors = new ArrayList<>();
	private final SimpleDocumentValidator validator;

	public HtmlChecker() throws Exception {
		validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(SCHEMA, new Collector());
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The checker's own schema did not load: " + errors);
		}
		validator.setUpValidatorAndParsers(new Collector(), true, false);
	}

	/** Each error in this document as "line:column message", in document order. */
	public synchronized List<String> errors(String html) throws Exception {
		errors.clear();
		validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		return List.copyOf(errors);
	}

	private final class Collector implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			error(exception);
		}
	}
}
