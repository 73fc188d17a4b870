package id.warta.sop;

import java.util.Arrays;

/**
 * The four steps of the SOP (Uraian Pekerjaan). Their identity is code, because each is driven by a module;
 * their names, actors and time standards are data of an SOP version ({@link StepStandard}).
 */
public enum SopStep {

	/** 1. A division makes and reports information material (intake). Mutu Baku Jan 2026: 1 day. */
	SUBMISSION(1),
	/** 2. The content admin receives, compiles and edits the material (newsroom). Jan 2026: 2 hours. */
	EDITING(2),
	/** 3. A screener approves or returns the edited material (newsroom). Jan 2026: 2 hours. */
	SCREENING(3),
	/** 4. The content admin publishes the screened material (publishing). Jan 2026: 30 minutes. */
	PUBLISHING(4);

	private final int number;

	SopStep(int number) {
		this.number = number;
	}

	/** The step's number in the SOP document, 1 to 4. */
	public int number() {
		return number;
	}

	/** Message key of the step's short name, such as {@code sop.step.SCREENING}. */
	public String labelKey() {
		return "sop.step." + name();
	}

	public static SopStep ofNumber(int number) {
		return Arrays.stream(values())
			.filter(step -> step.number == number)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No SOP step " + number));
	}
}
