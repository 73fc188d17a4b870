package id.warta.sop.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.warta.sop.HolidayKind;

/**
 * A seed file of holidays as the government's list gives them: {@code date,name,kind} with ISO dates and the
 * kinds {@code libur_nasional} and {@code cuti_bersama}. A broken line is a broken release: it fails loudly.
 */
final class HolidayFile {

	static final String HEADER = "date,name,kind";

	record Row(LocalDate date, String name, HolidayKind kind) {
	}

	private HolidayFile() {
	}

	static List<Row> read(InputStream input, String source) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
			throw new IllegalStateException(source + ": the first line must be '" + HEADER + "'");
		}
		List<Row> rows = new ArrayList<>();
		int number = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (!line.isBlank()) {
				rows.add(parse(line.strip(), source, number));
			}
		}
		return rows;
	}

	// Date before the first comma, kind after the last: a name may itself contain commas.
	private static Row parse(String line, String source, int number) {
		int first = line.indexOf(',');
		int last = line.lastIndexOf(',');
		if (first < 0 || first == last) {
			throw new IllegalStateException(source + " line " + number + ": expected date,name,kind");
		}
		String name = unquote(line.substring(first + 1, last).strip());
		try {
			return new Row(LocalDate.parse(line.substring(0, first).strip()), name,
					HolidayKind.ofCode(line.substring(last + 1).strip()));
		}
		catch (DateTimeParseException | IllegalArgumentException e) {
			throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1).replace("\"\"", "\"");
		}
		return value;
	}
}
