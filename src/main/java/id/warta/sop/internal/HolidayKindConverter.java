package id.warta.sop.internal;

import id.warta.sop.HolidayKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a holiday's kind with the codes of the government's list and the seed files. */
@Converter
class HolidayKindConverter implements AttributeConverter<HolidayKind, String> {

	@Override
	public String convertToDatabaseColumn(HolidayKind kind) {
		return kind == null ? null : kind.code();
	}

	@Override
	public HolidayKind convertToEntityAttribute(String code) {
		return code == null ? null : HolidayKind.ofCode(code);
	}
}
