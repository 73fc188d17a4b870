package id.warta.sop;

import static id.warta.sop.Times.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import id.warta.support.WartaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** The fragments other modules include to show an item's clocks on lists and on its timeline. */
@WartaTest
class ClockFragmentsTests {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext application;

	@Autowired
	SopClocks clocks;

	@Test
	void theTimelineShowsEveryStepWithItsDueTimeAndOutcome() {
		SopItem story = Times.newItem("uji-berita");
		clocks.start(story, SopStep.EDITING, wib("2026-03-02T10:00"), null);
		clocks.stop(story, SopStep.EDITING, wib("2026-03-02T12:00"));
		clocks.start(story, SopStep.SCREENING, wib("2026-03-02T12:00"), null);
		clocks.stop(story, SopStep.SCREENING, wib("2026-03-03T09:00"));
		clocks.start(story, SopStep.EDITING, wib("2026-03-03T09:00"), null);

		Context context = context();
		context.setVariable("clocks", clocks.timeline(story));
		String html = templates.process("sop/clock", Set.of("timeline"), context);
		assertThat(html).contains("2. Penyuntingan", "3. Penyaringan", "mutu baku 2 jam (SOP versi 1)")
			.contains("2 Mar 2026, 12.00 WIB", "memakan 2 jam", "memakan 5 jam")
			.contains("memenuhi mutu baku", "melampaui mutu baku", "lewat batas waktu");

		context.setVariable("clock", clocks.timeline(story).get(2));
		assertThat(templates.process("sop/clock", Set.of("badge"), context))
			.contains("Penyuntingan: lewat batas waktu", "batas 3 Mar 2026, 11.00 WIB", "clock-overdue");
	}

	@BeforeEach
	void indonesian() {
		// Outside a request the bean helpers read the locale here, as they do from the request inside one.
		LocaleContextHolder.setLocale(INDONESIAN);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private Context context() {
		Context context = new Context(INDONESIAN);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		return context;
	}
}
