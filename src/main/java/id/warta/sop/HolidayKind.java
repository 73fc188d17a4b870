package id.warta.sop;

import java.util.Arrays;

/** Why a date has no working time. */
public enum HolidayKind {

	/** Libur nasional: a national holiday. */
	LIBUR_NASIONAL("libur_nasional"),
	/** Cuti bersama: collective leave decreed for civil servants. */
	CUTI_BERSAMA("cuti_bersama");

	private final String code;

	HolidayKind(String code) {
		this.code = code;
	}

	/** The code in the seed files and the database, such as {@code cuti_bersama}. */
	public String code() {
		return code;
	}

	public String labelKey() {
		return "sop.holiday.kind." + code;
	}

	public static HolidayKind ofCode(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown holiday kind: " + code));
	}
}
